package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	ticks := 0
	for {
		select {
		case <-t.C:
			ticks++
			fmt.Println("tick", ticks)
		case <-ctx.Done():
			fmt.Println("stopped after", ticks, "ticks:", ctx.Err())
			return
		}
	}
}
