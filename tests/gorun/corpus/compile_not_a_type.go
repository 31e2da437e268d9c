package main

import "fmt"

func main() {
	limit := 10
	var x limit
	fmt.Println(x)
}
