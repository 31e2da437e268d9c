package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c1 := make(chan os.Signal, 1)
	c2 := make(chan os.Signal, 1)
	signal.Notify(c1, os.Interrupt)
	signal.Notify(c2, os.Interrupt, syscall.SIGHUP)
	signal.Stop(c1)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	fmt.Println("c2 got", <-c2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("c1 holds", len(c1))

	// Reset SIGINT: c2 keeps SIGHUP only.
	signal.Reset(os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	fmt.Println("c2 got", <-c2)

	signal.Stop(c2)
	signal.Ignore(syscall.SIGTERM)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGTERM), signal.Ignored(syscall.SIGINT))
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("SIGTERM ignored")

	// Notify takes an ignored signal back.
	signal.Notify(c1, syscall.SIGTERM)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGTERM))
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	fmt.Println("c1 got", <-c1)

	defer func() { fmt.Println("recovered:", recover()) }()
	signal.Notify(nil, os.Interrupt)
}
