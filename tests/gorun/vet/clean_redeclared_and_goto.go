package main

import (
	"context"
	"fmt"
)

func retry(parent context.Context, tries int) error {
	ctx, cancel := context.WithCancel(parent)
	attempt := 0
again:
	attempt++
	if attempt < tries {
		goto again
	}
	err, cancel := ctx.Err(), cancel
	cancel()
	return err
}

func main() {
	fmt.Println(retry(context.Background(), 3))
}
