package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ctx.Done() <- struct{}{}
	fmt.Println(ctx.Err())
}
