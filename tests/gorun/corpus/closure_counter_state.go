package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	other, _ := counter()
	fmt.Println(other())
	add := func(a int) func(int) int {
		return func(b int) int { return a + b }
	}
	fmt.Println(add(3)(4))
}
