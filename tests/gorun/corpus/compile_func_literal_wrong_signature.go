package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	fmt.Println(apply(func(s string) int { return len(s) }, 3))
}
