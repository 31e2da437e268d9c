package main

import (
	"context"
	"fmt"
	"time"
)

func newRequestContext(parent context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(parent, 5*time.Second)
	return ctx, cancel
}

func main() {
	ctx, cancel := newRequestContext(context.Background())
	defer cancel()
	fmt.Println(ctx.Err())
}
