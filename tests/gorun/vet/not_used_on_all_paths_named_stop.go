package main

import (
	"context"
	"fmt"
)

func worker(parent context.Context, jobs []string) int {
	ctx, stop := context.WithCancel(parent)
	done := 0
	for _, j := range jobs {
		if j == "" {
			return done
		}
		done++
	}
	stop()
	_ = ctx
	return done
}

func main() {
	fmt.Println(worker(context.Background(), []string{"a", "", "b"}))
}
