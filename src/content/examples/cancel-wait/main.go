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
	fmt.Println("right after cancel():", finished.Load(), "of 3 workers finished")
	wg.Wait()
	fmt.Println("after wg.Wait():", finished.Load(), "of 3 workers finished")
}
