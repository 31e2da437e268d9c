package main

import "fmt"

var total = compute()

var base = 10

func compute() int {
	fmt.Println("compute runs first, base =", base)
	return base * 2
}

func init() {
	fmt.Println("init 1: total =", total)
	total++
}

func init() {
	fmt.Println("init 2: total =", total)
}

func main() {
	fmt.Println("main: total =", total)
}
