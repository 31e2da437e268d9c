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
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	time.Sleep(300 * time.Millisecond) // knows nothing about ctx
	fmt.Println("time.Sleep waited 300ms:", time.Since(start) >= 300*time.Millisecond,
		"| ctx was done long before:", ctx.Err())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	start = time.Now()
	err := sleep(ctx2, 300*time.Millisecond)
	fmt.Println("sleep(ctx) returned early:", time.Since(start) < 300*time.Millisecond, "|", err)
}
