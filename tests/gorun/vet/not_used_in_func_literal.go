package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	handler := func(parent context.Context, fail bool) error {
		ctx, cancel := context.WithTimeoutCause(parent, time.Second, fmt.Errorf("slow"))
		if fail {
			return fmt.Errorf("failed early")
		}
		defer cancel()
		return ctx.Err()
	}
	fmt.Println(handler(context.Background(), false))
}
