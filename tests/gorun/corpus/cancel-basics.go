package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // harmless if we already cancelled: see below

	fmt.Println(ctx)
	fmt.Println("before cancel:", ctx.Err())

	cancel()
	<-ctx.Done() // Done is closed now, so this receive returns at once
	fmt.Println("after cancel: ", ctx.Err())

	cancel() // a second call does nothing
	fmt.Println("still Canceled:", ctx.Err() == context.Canceled)
}
