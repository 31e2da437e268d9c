package main

import (
	"context"
	"fmt"
)

type ctxKey string

const (
	requestIDKey ctxKey = "requestID"
	traceIDKey   ctxKey = "traceID"
)

func main() {
	root := context.WithValue(context.Background(), traceIDKey, "trace-1")
	req := context.WithValue(root, requestIDKey, "abc-123")
	ctx, cancel := context.WithCancel(req)

	// Lookup walks up the chain to the nearest context that holds the key.
	fmt.Println(ctx.Value(requestIDKey), ctx.Value(traceIDKey))

	// A nearer value hides a farther one; the parent is unchanged.
	retry := context.WithValue(ctx, requestIDKey, "abc-123-retry")
	fmt.Println(retry.Value(requestIDKey), ctx.Value(requestIDKey))

	// Values survive cancellation: only Done and Err change.
	cancel()
	fmt.Println(ctx.Err(), "|", ctx.Value(requestIDKey))
}
