package main

//gorun:faketime

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	for _, d := range []int{300, 100, 200, 50} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(d) * time.Millisecond)
			fmt.Println("woke after", time.Since(start))
		}()
	}
	wg.Wait()
	fmt.Println("all done at", time.Since(start))
}
