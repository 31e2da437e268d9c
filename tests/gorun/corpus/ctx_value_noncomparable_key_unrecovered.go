package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.WithValue(context.Background(), []int{1}, "x")
	fmt.Println(ctx.Value("x"))
}
