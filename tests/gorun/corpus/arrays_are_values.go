package main

import "fmt"

func zero(a [3]int)       { a[0] = 0 }
func zeroPtr(a *[3]int)   { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	zero(a)
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	zeroPtr(&a)
	fmt.Println(a, len(a))
	grid := [2][2]string{{"a", "b"}, {"c"}}
	fmt.Printf("%v %q\n", grid, grid[1])
	auto := [...]int{5, 6, 7, 8}
	fmt.Println(len(auto), auto[1:3])
}
