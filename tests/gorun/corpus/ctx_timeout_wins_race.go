package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

func fetch(ctx context.Context, name string, cost time.Duration) string {
	select {
	case <-time.After(cost):
		return name + ": ok"
	case <-ctx.Done():
		return name + ": " + ctx.Err().Error()
	}
}

func main() {
	for _, cost := range []time.Duration{10 * time.Millisecond, 90 * time.Millisecond, 400 * time.Millisecond} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		start := time.Now()
		fmt.Println(fetch(ctx, cost.String(), cost), "after", time.Since(start))
		cancel()
	}
}
