package main

import (
	"context"
	"fmt"
	"time"
)

// sleep waits for d, or until ctx is done, whichever comes first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop() // if ctx wins, the timer is not needed any more
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	const limit, work = 50 * time.Millisecond, 300 * time.Millisecond

	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	start := time.Now()
	time.Sleep(work) // knows nothing about ctx
	fmt.Println("time.Sleep waited 300ms:", time.Since(start) >= work)
	fmt.Println("though ctx was done long before:", ctx.Err())

	ctx2, cancel2 := context.WithTimeout(context.Background(), limit)
	defer cancel2()
	start = time.Now()
	err := sleep(ctx2, work)
	fmt.Println("sleep(ctx) returned early:", time.Since(start) < work, "|", err)
}
