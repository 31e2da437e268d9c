package main

import (
	"context"
	"fmt"
)

func count(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := 1; ; n++ {
			select {
			case out <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	nums := count(ctx)
	sum := 0
	for n := range nums {
		sum += n
		if n == 10 {
			cancel()
			break
		}
	}
	fmt.Println("sum of 1..10 =", sum)
	for range nums {
		// drain until the generator notices and closes the channel
	}
	fmt.Println("generator closed its channel:", ctx.Err())
}
