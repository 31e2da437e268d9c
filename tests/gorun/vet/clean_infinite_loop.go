package main

import (
	"context"
	"fmt"
)

func loop(parent context.Context, jobs <-chan int) {
	ctx, cancel := context.WithCancel(parent)
	for {
		select {
		case j := <-jobs:
			if j < 0 {
				cancel()
			}
		case <-ctx.Done():
			fmt.Println("still looping")
		}
	}
}

func main() {
	jobs := make(chan int, 1)
	jobs <- -1
	go loop(context.Background(), jobs)
	fmt.Println("started")
}
