package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// worker waits for ctx to be done, then takes a while to tidy up.
func worker(ctx context.Context, finished *atomic.Int32) {
	<-ctx.Done()
	time.Sleep(100 * time.Millisecond) // flush buffers, close files...
	finished.Add(1)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var finished atomic.Int32
	for range 3 {
		wg.Add(1)
		go func() { // three goroutines share one ctx
			defer wg.Done()
			worker(ctx, &finished)
		}()
	}

	cancel()
	fmt.Printf("right after cancel(): %d of 3 finished\n", finished.Load())
	wg.Wait()
	fmt.Printf("after wg.Wait(): %d of 3 finished\n", finished.Load())
}
