package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	fmt.Println("first close ok")
	close(done)
}
