package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	a, cancelA := context.WithCancelCause(context.Background())
	fmt.Println("not cancelled:", context.Cause(a))
	cancelA(nil)
	fmt.Println("cancel(nil):", context.Cause(a), context.Cause(a) == context.Canceled)

	b, cancelB := context.WithCancel(context.Background())
	cancelB()
	fmt.Println("plain cancel:", context.Cause(b) == b.Err())

	c, cancelC := context.WithCancelCause(context.Background())
	boom := fmt.Errorf("disk full: %w", errors.New("ENOSPC"))
	cancelC(boom)
	fmt.Println("Err:", c.Err(), "| Cause:", context.Cause(c))
	fmt.Println(errors.Is(context.Cause(c), boom), errors.Is(c.Err(), context.Canceled))
	fmt.Println("background:", context.Cause(context.Background()))
}
