package main

import (
	"context"
	"fmt"
	"time"
)

func first(parent context.Context, n int) error {
	ctx, cancel := context.WithCancel(parent)
	if n == 0 {
		return nil
	}
	cancel()
	return ctx.Err()
}

func second(parent context.Context, n int) (err error) {
	ctx, cancelTimer := context.WithTimeout(parent, time.Second)
	switch n {
	case 1:
		cancelTimer()
	case 2:
		return ctx.Err()
	}
	cancelTimer()
	return nil
}

func main() {
	fmt.Println(first(context.Background(), 1), second(context.Background(), 1))
}
