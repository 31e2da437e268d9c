package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			if i != 1 {
				defer wg.Done()
			}
			fmt.Print("")
		}()
	}
	wg.Wait()
	fmt.Println("never")
}
