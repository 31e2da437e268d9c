package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func slow(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- "finished in " + d.String()
	}()
	return ch
}

func main() {
	for _, d := range []time.Duration{time.Second, 3 * time.Second} {
		select {
		case msg := <-slow(d):
			fmt.Println(msg)
		case <-time.After(2 * time.Second):
			fmt.Println("timeout waiting for", d)
		}
	}
}
