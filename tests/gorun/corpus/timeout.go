package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// slowQuery pretends to be a database call that needs one second.
func slowQuery(ctx context.Context) (string, error) {
	select {
	case <-time.After(1 * time.Second):
		return "42 rows", nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowQuery: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel() // stops the timer if we finish early

	start := time.Now()
	rows, err := slowQuery(ctx)
	fmt.Printf("rows=%q err=%v\n", rows, err)
	fmt.Println("timed out:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("gave up well before 1s:", time.Since(start) < 500*time.Millisecond)
}
