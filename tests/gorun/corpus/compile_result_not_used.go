package main

import "fmt"

func main() {
	x := 2
	x * 2
	fmt.Println(x)
}
