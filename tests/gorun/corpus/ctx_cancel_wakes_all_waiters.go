package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	ready := make(chan bool)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- true
			<-ctx.Done()
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	for i := 0; i < 5; i++ {
		<-ready
	}
	fmt.Println("all waiting; woken so far:", woken)
	cancel()
	wg.Wait()
	fmt.Println("woken after cancel:", woken)
}
