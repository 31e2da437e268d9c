package main

import (
	"context"
	"fmt"
	"time"
)

func poll(parent context.Context, ready bool) {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	if ready {
		fmt.Println("ready:", ctx.Err())
		cancel()
	}
}

func main() {
	poll(context.Background(), true)
}
