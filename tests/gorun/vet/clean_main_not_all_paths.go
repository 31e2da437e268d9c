package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	if len(os.Args) > 5 {
		return
	}
	cancel()
	fmt.Println(ctx.Err())
}
