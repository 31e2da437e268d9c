package main

import (
	"context"
	"fmt"
)

type ctxKey string

const requestIDKey ctxKey = "requestID"

func main() {
	req := context.WithValue(context.Background(), requestIDKey, "abc-123")
	ctx, cancel := context.WithCancel(req)

	// Work that must finish even if the request is cancelled, e.g. an audit log.
	detached := context.WithoutCancel(ctx)

	cancel()
	fmt.Println("request: ", ctx.Err())
	fmt.Println("detached:", detached.Err(), "| Done() is nil:", detached.Done() == nil)
	fmt.Println("still sees values:", detached.Value(requestIDKey))
	fmt.Println(detached)
}
