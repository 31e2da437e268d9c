package main

import (
	"context"
	"fmt"
)

func tryOnce(parent context.Context, ok bool) string {
	var ctx, cancel = context.WithCancelCause(parent)
	if !ok {
		return "gave up"
	}
	cancel(nil)
	return fmt.Sprint(ctx.Err())
}

func main() {
	fmt.Println(tryOnce(context.Background(), true))
}
