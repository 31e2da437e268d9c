package main

import (
	"context"
	"fmt"
	"time"
)

func mustRun(parent context.Context, n int) error {
	ctx, cancel := context.WithDeadline(parent, time.Now().Add(time.Second))
	if n < 0 {
		panic("negative n")
	}
	cancel()
	return ctx.Err()
}

func main() {
	fmt.Println(mustRun(context.Background(), 1))
}
