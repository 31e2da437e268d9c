package main

//gorun:faketime

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	parent, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, c := context.WithTimeout(parent, time.Duration(i+1)*100*time.Millisecond)
			defer c()
			select {
			case <-ctx.Done():
				results[i] = fmt.Sprint(i, " ", ctx.Err(), " at ", time.Since(start))
			case <-time.After(250 * time.Millisecond):
				results[i] = fmt.Sprint(i, " finished at ", time.Since(start))
			}
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	stopped := context.AfterFunc(parent, func() { fmt.Println("afterfunc at", time.Since(start)) })
	time.Sleep(time.Second)
	fmt.Println(stopped(), parent.Err(), time.Since(start))
}
