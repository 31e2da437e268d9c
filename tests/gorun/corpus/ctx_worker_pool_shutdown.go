package main

import (
	"context"
	"fmt"
	"sync"
)

type result struct {
	job, square int
}

func worker(ctx context.Context, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- result{j, j * j}
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(ctx, jobs, results, &wg)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(results)
	squares := make([]int, 7)
	for r := range results {
		squares[r.job] = r.square
	}
	fmt.Println(squares[1:])
}
