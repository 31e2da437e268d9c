package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("too slow")

func query(parent context.Context) error {
	ctx, _ := context.WithTimeoutCause(parent, time.Second, errSlow)
	return ctx.Err()
}

func main() {
	fmt.Println(query(context.Background()))
}
