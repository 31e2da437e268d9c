package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("AfterFunc: context done, closing the connection")
		close(ran)
	})

	cancel() // f starts in its own goroutine; cancel does not wait for it
	<-ran
	fmt.Println("stop() after f started:", stop())

	// Stopping in time means f never runs.
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() {
		fmt.Println("this line is never printed")
	})
	fmt.Println("stop() before cancel:", stop2())
	fmt.Println("stop() a second time:", stop2())
	cancel2()
}
