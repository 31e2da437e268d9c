package main

import (
	"context"
	"fmt"
	"time"
)

// handle is an HTTP-like handler: it does one slow piece of work for a
// request, and it should give up as soon as ctx is done.
func handle(ctx context.Context, name string, work time.Duration) (string, error) {
	// Buffered, so the worker can always deliver its result and exit,
	// even if nobody is listening any more.
	result := make(chan string, 1)
	go func() {
		time.Sleep(work) // pretend this is a slow database call
		result <- "report for " + name
	}()

	// TODO 1: wait for whichever happens first, using a select:
	//   - a value arrives on result: return it and a nil error;
	//   - ctx.Done() is closed: return "" and ctx.Err().
	return <-result, nil
}

// serve is the call site: it creates the context for one request.
func serve(name string, work time.Duration) {
	// TODO 2: give the request a 2-second limit with context.WithTimeout,
	// and defer the cancel function it returns.
	ctx := context.Background()

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
