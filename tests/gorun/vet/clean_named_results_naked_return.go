package main

import (
	"context"
	"fmt"
	"time"
)

func open(parent context.Context, slow bool) (ctx context.Context, cancel context.CancelFunc) {
	if slow {
		ctx, cancel = context.WithTimeout(parent, time.Minute)
		return
	}
	ctx, cancel = context.WithCancel(parent)
	return
}

func main() {
	ctx, cancel := open(context.Background(), true)
	defer cancel()
	fmt.Println(ctx.Err())
}
