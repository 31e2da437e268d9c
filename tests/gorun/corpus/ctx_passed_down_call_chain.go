package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey int

const reqID ctxKey = iota

func handler(ctx context.Context) error {
	return service(context.WithValue(ctx, reqID, "r-1"))
}

func service(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("service (req %v): %w", ctx.Value(reqID), err)
	}
	return repo(ctx)
}

func repo(ctx context.Context) error {
	return fmt.Errorf("repo (req %v): %w", ctx.Value(reqID), errors.New("not found"))
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(handler(ctx))
	cancel()
	err := handler(ctx)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.Canceled))
}
