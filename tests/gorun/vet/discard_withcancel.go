package main

import (
	"context"
	"fmt"
)

func start(parent context.Context) context.Context {
	ctx, _ := context.WithCancel(parent)
	return ctx
}

func main() {
	fmt.Println(start(context.Background()).Err())
}
