package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func fatal(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(1)
}

func mustPositive(n int) {
	if n >= 0 {
		return
	}
	panic("negative")
}

func run(parent context.Context, n int) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	if n > 100 {
		fatal("too big")
	}
	mustPositive(n)
	cancel()
	return ctx.Err()
}

func main() {
	fmt.Println(run(context.Background(), 1))
}
