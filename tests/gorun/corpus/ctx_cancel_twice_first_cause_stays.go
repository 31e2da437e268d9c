package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	first := errors.New("first reason")
	cancel(first)
	cancel(errors.New("second reason"))
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	fmt.Println(context.Cause(ctx) == first)

	plain, stop := context.WithCancel(context.Background())
	stop()
	stop()
	stop()
	fmt.Println(plain.Err(), context.Cause(plain))
}
