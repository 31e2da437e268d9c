package main

import (
	"context"
	"fmt"
	"time"
)

func handle(parent context.Context, id int) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	defer cancel()
	if id < 0 {
		return fmt.Errorf("bad id %d", id)
	}
	return ctx.Err()
}

func main() {
	fmt.Println(handle(context.Background(), 1))
}
