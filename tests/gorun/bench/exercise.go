// Benchmark: the lesson's exercise solution (src/content/examples/exercise-solution/main.go).
// want: alice: report for alice (took 300ms) | bob: gave up after 2s: context deadline exceeded
package main

import (
	"context"
	"fmt"
	"time"
)

// handle is an HTTP-like handler: it does one slow piece of work for a
// request, and it gives up as soon as ctx is done.
func handle(ctx context.Context, name string, work time.Duration) (string, error) {
	// Buffered, so the worker can always deliver its result and exit,
	// even if nobody is listening any more.
	result := make(chan string, 1)
	go func() {
		time.Sleep(work) // pretend this is a slow database call
		result <- "report for " + name
	}()

	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// serve is the call site: it creates the context for one request.
func serve(name string, work time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()

	start := time.Now()
	body, err := handle(ctx, name, work)
	took := time.Since(start).Truncate(100 * time.Millisecond)
	if err != nil {
		fmt.Printf("%s: gave up after %v: %v\n", name, took, err)
		return
	}
	fmt.Printf("%s: %s (took %v)\n", name, body, took)
}

func main() {
	serve("alice", 300*time.Millisecond) // fast enough
	serve("bob", 3*time.Second)          // too slow for a 2-second limit
}
