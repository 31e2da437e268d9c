package main

import (
	"context"
	"fmt"
)

func watch(parent context.Context, stopAfter int) context.Context {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		for i := 0; i < stopAfter; i++ {
		}
		cancel()
	}()
	return ctx
}

func main() {
	<-watch(context.Background(), 3).Done()
	fmt.Println("done")
}
