package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	fmt.Println("Background is never cancelled, so this waits forever")
	<-ctx.Done()
}
