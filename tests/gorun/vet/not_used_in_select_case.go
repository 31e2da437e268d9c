package main

import (
	"context"
	"fmt"
	"time"
)

func wait(parent context.Context, ch <-chan int) int {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		cancel()
	}
	return -1
}

func main() {
	ch := make(chan int, 1)
	ch <- 4
	fmt.Println(wait(context.Background(), ch))
}
