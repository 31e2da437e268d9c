package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	start := time.Now()
	time.AfterFunc(2*time.Second, func() { done <- "alarm after " + time.Since(start).String() })
	cancelled := time.AfterFunc(time.Second, func() { done <- "should not fire" })
	fmt.Println("stopped:", cancelled.Stop())
	fmt.Println(<-done)
}
