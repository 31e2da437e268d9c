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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Println(ctx)
	child, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(child)
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))

	go func() {
		time.Sleep(20 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	<-ctx.Done()
	fmt.Println("after:", ctx.Err(), "|", context.Cause(ctx))
	<-child.Done()
	fmt.Println("child:", child.Err(), "|", context.Cause(child))
	stop()
	fmt.Println("stopped:", ctx.Err(), "|", context.Cause(ctx))

	// stop before any signal: cancelled, cause context.Canceled.
	ctx2, stop2 := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	stop2()
	fmt.Println("stopped early:", ctx2.Err(), "|", context.Cause(ctx2))

	// No signals listed: any signal ends it.
	ctx3, stop3 := signal.NotifyContext(context.Background())
	defer stop3()
	fmt.Println(ctx3)
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	<-ctx3.Done()
	fmt.Println("any:", context.Cause(ctx3))
}
