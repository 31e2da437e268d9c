package main

import (
	"context"
	"fmt"
	"time"
)

func scan(parent context.Context, grid [][]int) int {
	ctx, cancel := context.WithDeadline(parent, time.Now().Add(time.Second))
	found := 0
rows:
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			if v > 100 {
				break rows
			}
			if v == 42 {
				return found
			}
			found++
		}
	}
	cancel()
	_ = ctx
	return found
}

func main() {
	fmt.Println(scan(context.Background(), [][]int{{1, 2}, {-1, 3}}))
}
