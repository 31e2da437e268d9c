package main

import (
	"context"
	"fmt"
)

type server struct{ ctx context.Context }

func (s *server) init(parent context.Context) {
	s.ctx, _ = context.WithCancelCause(parent)
}

func main() {
	var s server
	s.init(context.Background())
	fmt.Println(s.ctx.Err())
}
