package main

import (
	"context"
	"fmt"
)

// drain handles jobs until ctx is done, trusting select alone.
func drain(ctx context.Context, jobs <-chan int) (handled int) {
	for {
		select {
		case <-ctx.Done():
			return handled
		case <-jobs:
			handled++ // one unit of work
		}
	}
}

// drainChecked also asks ctx.Err() before each unit of work.
func drainChecked(ctx context.Context, jobs <-chan int) (handled int) {
	for {
		select {
		case <-ctx.Done():
			return handled
		case <-jobs:
			if ctx.Err() != nil {
				return handled
			}
			handled++
		}
	}
}

// queue returns a channel holding n jobs.
func queue(n int) <-chan int {
	jobs := make(chan int, n)
	for i := range n {
		jobs <- i
	}
	return jobs
}

func main() {
	// A cancelled context and a full queue: both cases are ready at once.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	plain, checked := 0, 0
	for range 100 {
		plain += drain(ctx, queue(10))
		checked += drainChecked(ctx, queue(10))
	}
	fmt.Println("select alone, jobs handled after cancel:", plain > 0)
	fmt.Println("ctx.Err() first, jobs handled after cancel:", checked)
}
