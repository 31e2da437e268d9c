package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelled(context.Background())
	defer cancel()
	fmt.Println(ctx)
}
