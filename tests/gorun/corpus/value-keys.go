package main

import (
	"context"
	"fmt"
)

// ctxKey is unexported: no other package can create a value of this type,
// so no other package can collide with our keys.
type ctxKey string

const requestIDKey ctxKey = "requestID"

func main() {
	ctx := context.WithValue(context.Background(), requestIDKey, "abc-123")

	// Some other package stores a value under the plain string "requestID".
	ctx = context.WithValue(ctx, "requestID", "zzz-999")

	// Same spelling, different types: two different keys.
	fmt.Println(ctx.Value(requestIDKey))
	fmt.Println(ctx.Value("requestID"))

	// Always use the two-value type assertion: the key may be missing.
	if id, ok := ctx.Value(requestIDKey).(string); ok {
		fmt.Println("request ID:", id)
	}
	user, ok := ctx.Value(ctxKey("user")).(string)
	fmt.Printf("user: %q, found: %v\n", user, ok)

	fmt.Println(ctx)
}
