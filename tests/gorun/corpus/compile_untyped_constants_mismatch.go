package main

import "fmt"

func main() {
	fmt.Println("ab" * 3)
}
