package main

import "fmt"

func main() {
	results := make(chan int)
	fmt.Println("waiting for a result nobody sends")
	fmt.Println(<-results)
}
