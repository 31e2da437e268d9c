package main

import (
	"context"
	"fmt"
)

func work(parent context.Context, n int) error {
	ctx, cancel := context.WithCancel(parent)
	if n > 0 {
		cancel := func() { fmt.Println("a different cancel") }
		cancel()
		return nil
	}
	defer cancel()
	return ctx.Err()
}

func main() {
	fmt.Println(work(context.Background(), 0))
}
