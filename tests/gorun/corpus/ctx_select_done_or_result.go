package main

import (
	"context"
	"fmt"
)

func compute(ctx context.Context, n int) (int, error) {
	res := make(chan int, 1)
	go func() {
		s := 0
		for i := 1; i <= n; i++ {
			s += i
		}
		res <- s
	}()
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case s := <-res:
		return s, nil
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(compute(ctx, 100))
	cancel()
	// Both cases may be ready only if the worker is fast; ctx is done first here,
	// so check Err before starting work.
	if ctx.Err() != nil {
		fmt.Println("not starting:", ctx.Err())
	}
}
