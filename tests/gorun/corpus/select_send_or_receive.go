package main

import "fmt"

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 5
	// Only the receive is ready: out is full.
	out <- 0
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- 1:
		fmt.Println("sent")
	}
	<-out
	// Now only the send is ready: in is empty.
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- 2:
		fmt.Println("sent 2")
	}
	fmt.Println(<-out)
}
