package main

import (
	"context"
	"fmt"
)

func describe(name string, ctx context.Context) {
	d, ok := ctx.Deadline()
	fmt.Printf("%s: %v | deadline set=%t zero=%t | done nil=%t | err=%v | value=%v | cause=%v\n",
		name, ctx, ok, d.IsZero(), ctx.Done() == nil, ctx.Err(), ctx.Value("anything"), context.Cause(ctx))
}

func main() {
	describe("background", context.Background())
	describe("todo", context.TODO())
	fmt.Println(context.Background() == context.Background())
}
