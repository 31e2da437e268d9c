package main

import (
	"context"
	"fmt"
	"time"
)

func setup(parent context.Context) (context.Context, context.Context) {
	a, _ := context.WithCancel(parent)
	var b, _ = context.WithTimeout(a, time.Second)
	return a, b
}

func main() {
	a, b := setup(context.Background())
	fmt.Println(a.Err(), b.Err())
}
