package main

import (
	"context"
	"fmt"
)

// worker handles jobs until ctx is cancelled. It checks ctx.Done() in the
// same select that waits for work, so it notices cancellation promptly.
func worker(ctx context.Context, jobs <-chan int, finished chan<- struct{}) {
	defer close(finished)
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker: stopping:", ctx.Err())
			return
		case job := <-jobs:
			fmt.Println("worker: handled job", job)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	jobs := make(chan int)
	finished := make(chan struct{})
	go worker(ctx, jobs, finished)

	for job := 1; job <= 3; job++ {
		jobs <- job
	}
	cancel()   // ask the worker to stop...
	<-finished // ...and wait until it has
	fmt.Println("main: worker has exited")
}
