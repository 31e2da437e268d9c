package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	child, cancelChild := context.WithTimeout(parent, time.Minute)
	defer cancelChild()

	start := time.Now()
	<-child.Done()
	fmt.Println("child:", child.Err())
	fmt.Println("parent:", parent.Err())
	fmt.Println("waited:", time.Since(start))
}
