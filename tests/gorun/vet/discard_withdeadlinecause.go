package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func withLimit(parent context.Context, d time.Time) context.Context {
	ctx, _ := context.WithDeadlineCause(parent, d, errors.New("past the limit"))
	return ctx
}

func main() {
	fmt.Println(withLimit(context.Background(), time.Now().Add(time.Hour)).Err())
}
