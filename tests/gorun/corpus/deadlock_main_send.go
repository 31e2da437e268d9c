package main

import "fmt"

func main() {
	ch := make(chan string)
	ch <- "nobody is listening"
	fmt.Println("unreachable")
}
