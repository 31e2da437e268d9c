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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	<-ctx.Done()
	fmt.Println("first interrupt:", context.Cause(ctx))
	stop()
	// From here on, an interrupt ends the program at once (no deferred calls run).
	defer fmt.Println("deferred: never printed")
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("never printed")
}
