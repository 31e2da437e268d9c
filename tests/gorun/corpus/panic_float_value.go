package main

import "fmt"

func ratio(a, b float64) float64 {
	r := a / b
	if r < 0.5 {
		panic(r)
	}
	return r
}

func main() {
	fmt.Println(ratio(7, 2))
	fmt.Println(ratio(1, 4))
}
