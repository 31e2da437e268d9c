package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("user hit stop"))
	ctx, cancel2 := context.WithDeadline(parent, time.Now().Add(-time.Second))
	defer cancel2()
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))
}
