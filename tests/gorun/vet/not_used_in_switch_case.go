package main

import (
	"context"
	"fmt"
)

func route(parent context.Context, path string) string {
	ctx, cancel := context.WithCancelCause(parent)
	switch path {
	case "/":
		cancel(nil)
		return "home"
	case "/health":
		return "ok"
	default:
		cancel(fmt.Errorf("no route %s", path))
	}
	return fmt.Sprint(ctx.Err())
}

func main() {
	fmt.Println(route(context.Background(), "/"))
}
