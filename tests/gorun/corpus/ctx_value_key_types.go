package main

import (
	"context"
	"fmt"
)

type ctxKey string
type intKey int
type pairKey struct{ a, b int }

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, ctxKey("id"), "typed")
	ctx = context.WithValue(ctx, "id", "plain")
	ctx = context.WithValue(ctx, intKey(1), "intKey one")
	ctx = context.WithValue(ctx, 1, "int one")
	ctx = context.WithValue(ctx, pairKey{1, 2}, "pair")

	fmt.Println(ctx.Value(ctxKey("id")))
	fmt.Println(ctx.Value("id"))
	fmt.Println(ctx.Value(intKey(1)))
	fmt.Println(ctx.Value(1))
	fmt.Println(ctx.Value(int64(1)))
	fmt.Println(ctx.Value(pairKey{1, 2}))
	fmt.Println(ctx.Value(pairKey{2, 1}))
}
