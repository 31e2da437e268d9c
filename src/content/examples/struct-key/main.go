package main

import (
	"context"
	"fmt"
)

// requestIDKey is unexported and empty: only this package can make one.
type requestIDKey struct{}

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey{}).(string)
	return id, ok
}

func main() {
	ctx := WithRequestID(context.Background(), "abc-123")
	fmt.Println(RequestID(ctx))
	// Another package's empty struct is a different type, so a different key.
	fmt.Println(ctx.Value(struct{}{}))
	fmt.Println(ctx)
}
