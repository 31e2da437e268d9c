package main

import (
	"context"
	"fmt"
)

func main() {
	var parent context.Context
	fmt.Println("creating a child of a nil parent")
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	fmt.Println(ctx)
}
