package main

import (
	"context"
	"fmt"
)

func work(ctx context.Context) error { return ctx.Err() }

func main() {
	fmt.Println(work(context.Background(), "extra"))
}
