package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, os.Interrupt)
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		fmt.Println("kill:", err)
	}
	s := <-c
	fmt.Printf("got %v (%d, %T)\n", s, s, s)
	fmt.Println("is SIGUSR1:", s == syscall.SIGUSR1)

	syscall.Kill(os.Getpid(), syscall.SIGINT)
	fmt.Println("got", <-c)

	// The channel holds one signal; one that finds it full is dropped.
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	time.Sleep(50 * time.Millisecond)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("waiting:", len(c), <-c)

	// A signal no one asked for: SIGUSR2 is ignored by Go's runtime.
	syscall.Kill(os.Getpid(), syscall.SIGUSR2)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("still running")
}
