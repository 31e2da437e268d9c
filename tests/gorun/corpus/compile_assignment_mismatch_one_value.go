package main

import "fmt"

func main() {
	first, second := "only one"
	fmt.Println(first, second)
}
