package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("deep trouble")
}

func outer() {
	defer fmt.Println("outer defer")
	inner()
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main defer")
	outer()
}
