package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var mu sync.Mutex
	var wg sync.WaitGroup
	ran := map[string]bool{}
	for _, name := range []string{"close db", "flush log", "notify"} {
		wg.Add(1)
		context.AfterFunc(ctx, func() {
			defer wg.Done()
			mu.Lock()
			ran[name] = true
			mu.Unlock()
		})
	}
	fmt.Println("before cancel:", ran)
	cancel()
	wg.Wait()
	fmt.Println("after cancel:", ran)
}
