package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func handle(parent context.Context, id int) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	if id < 0 {
		return errors.New("bad id")
	}
	defer cancel()
	return ctx.Err()
}

func main() {
	fmt.Println(handle(context.Background(), 1))
}
