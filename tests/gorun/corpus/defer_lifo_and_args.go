package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("deferred x =", x) // argument evaluated now
	x = 2
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
	fmt.Println("main body done")
}
