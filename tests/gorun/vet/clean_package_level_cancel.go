package main

import (
	"context"
	"fmt"
)

var (
	appCtx    context.Context
	appCancel context.CancelFunc
)

func setup() {
	appCtx, appCancel = context.WithCancel(context.Background())
}

func main() {
	setup()
	defer appCancel()
	fmt.Println(appCtx.Err())
}
