package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println(ok, d.Sub(start), time.Until(d))
	time.Sleep(time.Second)
	fmt.Println("left:", time.Until(d), "err:", ctx.Err())
	time.Sleep(time.Second)
	fmt.Println("left:", time.Until(d), "err:", ctx.Err())
}
