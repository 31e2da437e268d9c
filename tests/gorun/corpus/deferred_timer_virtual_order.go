package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string, 10)
	t1 := time.NewTimer(3 * time.Second)
	t2 := time.NewTimer(time.Second)
	go func() {
		<-t1.C
		events <- "t1"
	}()
	go func() {
		<-t2.C
		events <- "t2"
	}()
	time.Sleep(2 * time.Second)
	events <- "main at 2s"
	time.Sleep(2 * time.Second)
	close(events)
	for e := range events {
		fmt.Println(e)
	}
}
