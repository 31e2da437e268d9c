package main

import (
	"context"
	"fmt"
)

type registry struct{ stops []context.CancelCauseFunc }

func (r *registry) add(f context.CancelCauseFunc) { r.stops = append(r.stops, f) }

func spawn(parent context.Context, r *registry, quick bool) context.Context {
	ctx, cancel := context.WithCancelCause(parent)
	r.add(cancel)
	if quick {
		return ctx
	}
	return ctx
}

func main() {
	var r registry
	fmt.Println(spawn(context.Background(), &r, true).Err(), len(r.stops))
}
