package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	fmt.Println("loading config (once)")
	config = map[string]string{"env": "dev"}
}

func get(k string) string {
	once.Do(load)
	return config[k]
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = get("env")
		}()
	}
	wg.Wait()
	fmt.Println(get("env"))
}
