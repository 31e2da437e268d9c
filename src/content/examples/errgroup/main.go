package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// fetch pretends to call a service that answers after d, or fails.
func fetch(ctx context.Context, name string, d time.Duration, fail bool) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		if fail {
			return errors.New(name + ": connection refused")
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", name, ctx.Err())
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	calls := []struct {
		name string
		d    time.Duration
		fail bool
	}{
		{"users", time.Second, false},
		{"orders", 20 * time.Millisecond, true},
		{"prices", time.Second, false},
	}
	results := make([]error, len(calls))
	for i, c := range calls {
		g.Go(func() error {
			results[i] = fetch(ctx, c.name, c.d, c.fail)
			return results[i]
		})
	}

	start := time.Now()
	err := g.Wait() // waits for all three, returns the first error
	took := time.Since(start)
	fmt.Println("Wait:", err, "| took under 1s:", took < time.Second)
	for _, r := range results {
		fmt.Println("  ", r)
	}
}
