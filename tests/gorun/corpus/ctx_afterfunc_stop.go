package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, func() { fmt.Println("cleanup ran") })
	fmt.Println("first stop:", stop())
	fmt.Println("second stop:", stop())
	cancel()

	bg := context.AfterFunc(context.Background(), func() { fmt.Println("never") })
	fmt.Println("stop on Background:", bg())
	fmt.Println("end")
}
