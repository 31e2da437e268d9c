package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("runs even though ctx was already done:", ctx.Err())
	})
	wg.Wait()
	fmt.Println("stop after it ran:", stop())
}
