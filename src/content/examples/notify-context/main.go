package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	// ctx is cancelled on the first Ctrl+C (SIGINT) or SIGTERM.
	ctx, stop := signal.NotifyContext(context.Background(),
		os.Interrupt, syscall.SIGTERM)
	defer stop()

	go func() { // pretend someone presses Ctrl+C after 50ms
		time.Sleep(50 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
	}()

	fmt.Println("serving until interrupted")
	<-ctx.Done() // a real server passes ctx to everything it starts
	fmt.Println("shutting down:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	stop() // from here on, a second Ctrl+C ends the program at once
}
