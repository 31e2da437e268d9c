package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

type traceKey struct{}

func main() {
	base := context.WithValue(context.Background(), traceKey{}, "trace-77")
	ctx, cancel := context.WithTimeout(base, 10*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), ctx.Value(traceKey{}))
}
