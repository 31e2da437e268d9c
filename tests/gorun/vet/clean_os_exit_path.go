package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func serve(parent context.Context, port int) error {
	ctx, cancel := context.WithTimeout(parent, time.Minute)
	if port == 0 {
		fmt.Fprintln(os.Stderr, "no port")
		os.Exit(2)
	}
	cancel()
	return ctx.Err()
}

func main() {
	fmt.Println(serve(context.Background(), 8080))
}
