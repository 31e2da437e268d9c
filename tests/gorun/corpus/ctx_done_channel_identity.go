package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	d1 := ctx.Done()
	d2 := ctx.Done()
	fmt.Println("same channel:", d1 == d2)
	cancel()
	v, ok := <-d1
	fmt.Println("received:", v, ok)
	_, ok = <-ctx.Done()
	fmt.Println("still closed:", ok, ctx.Done() == d1)
	fmt.Printf("%T\n", d1)
}
