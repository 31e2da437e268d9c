package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errClientGone = errors.New("client closed the connection")

func main() {
	// WithCancelCause (Go 1.20): say why when you cancel.
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	cancel(errClientGone)
	fmt.Println("Err:  ", ctx.Err())
	fmt.Println("Cause:", context.Cause(ctx))

	// WithTimeoutCause (Go 1.21): the cause is reported when the timer fires.
	tctx, tcancel := context.WithTimeoutCause(context.Background(),
		50*time.Millisecond, errors.New("payment service took longer than 50ms"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println("Err:  ", tctx.Err())
	fmt.Println("Cause:", context.Cause(tctx))

	// The parent's deadline comes first: the child gets no timer, and the
	// parent's deadline ends it with the parent's cause.
	parent, pcancel := context.WithTimeout(context.Background(),
		20*time.Millisecond)
	defer pcancel()
	child, ccancel := context.WithTimeoutCause(parent, time.Hour,
		errors.New("never used"))
	defer ccancel()
	<-child.Done()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("under a 20ms parent, the parent's deadline:", cd.Equal(pd))
	fmt.Println("Cause:", context.Cause(child))
}
