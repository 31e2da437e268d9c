//gorun:faketime
package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var mu sync.Mutex
	running, most := 0, 0
	for i := range 5 {
		g.Go(func() error {
			mu.Lock()
			running++
			most = max(most, running)
			mu.Unlock()
			time.Sleep(time.Duration(10*(i+1)) * time.Millisecond)
			mu.Lock()
			running--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("TryGo while full:", g.TryGo(func() error { return nil }))
	fmt.Println("Wait:", g.Wait(), "at most running:", most)
	fmt.Println("TryGo when idle:", g.TryGo(func() error { return fmt.Errorf("late") }))
	fmt.Println("Wait:", g.Wait())

	// Without WithContext there is no context; the first error is still the one returned.
	var h errgroup.Group
	h.Go(func() error { time.Sleep(20 * time.Millisecond); return fmt.Errorf("slow error") })
	h.Go(func() error { time.Sleep(10 * time.Millisecond); return fmt.Errorf("fast error") })
	fmt.Println("first error:", h.Wait())
}
