package main

import (
	"fmt"
	"sync"
)

func main() {
	inputs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	out := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, v := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = v * 10
		}()
	}
	wg.Wait()
	fmt.Println(out)
}
