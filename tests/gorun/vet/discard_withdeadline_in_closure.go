package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	run := func(parent context.Context) error {
		ctx, _ := context.WithDeadline(parent, time.Now().Add(time.Minute))
		return ctx.Err()
	}
	fmt.Println(run(context.Background()))
}
