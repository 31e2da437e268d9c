package main

import "fmt"

// depth has no base case: every call adds a frame until the stack limit is hit.
func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	fmt.Println("recursing without a base case")
	fmt.Println(depth(0))
}
