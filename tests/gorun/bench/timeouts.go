// Benchmark: 10,000 goroutines, each under its own context.WithTimeout; half of them finish
// their work long before an hour's deadline and cancel, the other half wait for a 1-10ms deadline.
// want: canceled = 5000, deadline exceeded = 5000
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 10_000
	var wg sync.WaitGroup
	var mu sync.Mutex
	canceled, exceeded := 0, 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit := time.Duration(i%10+1) * time.Millisecond
			if i%2 == 0 {
				limit = time.Hour
			}
			ctx, cancel := context.WithTimeout(context.Background(), limit)
			if i%2 == 0 {
				cancel() // the work finished well in time
			}
			<-ctx.Done()
			cancel()
			mu.Lock()
			defer mu.Unlock()
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				exceeded++
			} else {
				canceled++
			}
		}()
	}
	wg.Wait()
	fmt.Printf("canceled = %d, deadline exceeded = %d\n", canceled, exceeded)
}
