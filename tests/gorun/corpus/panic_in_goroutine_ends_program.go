package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("main starts a worker")
	done := make(chan bool)
	go func() {
		var m map[int]int
		m[1] = 1
		done <- true
	}()
	<-done
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
