//gorun:faketime
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var mu sync.Mutex
	var stopped []string
	for i, d := range []time.Duration{30, 10, 20} {
		g.Go(func() error {
			select {
			case <-time.After(d * time.Millisecond):
				if i == 1 {
					return fmt.Errorf("task %d failed", i)
				}
				return nil
			case <-ctx.Done():
				mu.Lock()
				stopped = append(stopped, fmt.Sprint("task ", i, " stopped: ", ctx.Err()))
				mu.Unlock()
				return ctx.Err()
			}
		})
	}
	err := g.Wait()
	sort.Strings(stopped) // the order they wake in is the scheduler's
	for _, s := range stopped {
		fmt.Println(s)
	}
	fmt.Println("Wait:", err)
	fmt.Println("ctx after Wait:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled))

	// A second group with no failures: Wait returns nil, and still cancels its context.
	g2, ctx2 := errgroup.WithContext(context.Background())
	for i := range 3 {
		g2.Go(func() error {
			time.Sleep(time.Duration(i) * time.Millisecond)
			return nil
		})
	}
	fmt.Println("second Wait:", g2.Wait(), "ctx2:", ctx2.Err())
}
