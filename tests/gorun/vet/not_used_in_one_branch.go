package main

import (
	"context"
	"fmt"
)

func choose(parent context.Context, fast bool) string {
	var ctx context.Context
	var cancel context.CancelFunc
	ctx, cancel = context.WithCancel(parent)
	if fast {
		cancel()
		return "fast"
	} else {
		fmt.Println(ctx.Err())
	}
	return "slow"
}

func main() {
	fmt.Println(choose(context.Background(), true))
}
