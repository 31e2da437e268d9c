package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs { // jobs is never closed
				fmt.Println("job", j)
			}
		}()
	}
	jobs <- 1
	jobs <- 2
	wg.Wait()
}
