package main

import "fmt"

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1) // fits in a's array: shares it
	c := append(a, 2) // so does this, overwriting b[3]
	fmt.Println(b[3], c[3], len(a), cap(a))
	d := append(a, 5, 6) // does not fit: a new array
	d[0] = 99
	fmt.Println(a[0], d[0], len(d))
	e := a[1:2]
	fmt.Println(len(e), cap(e))
	f := a[1:2:2]
	fmt.Println(len(f), cap(f))
	f = append(f, 7)
	fmt.Println(a, f)
}
