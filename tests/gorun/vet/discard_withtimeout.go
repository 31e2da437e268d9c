package main

import (
	"context"
	"fmt"
	"time"
)

func fetch(ctx context.Context) error {
	ctx, _ = context.WithTimeout(ctx, 2*time.Second)
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Millisecond):
		return nil
	}
}

func main() {
	fmt.Println(fetch(context.Background()))
}
