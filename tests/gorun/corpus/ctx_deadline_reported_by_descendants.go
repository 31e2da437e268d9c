package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	timed, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	withVal := context.WithValue(timed, "k", 1)
	cancelable, cancel2 := context.WithCancel(withVal)
	defer cancel2()
	detached := context.WithoutCancel(cancelable)

	for _, c := range []context.Context{timed, withVal, cancelable, detached} {
		d, ok := c.Deadline()
		if ok {
			fmt.Println("deadline in", d.Sub(start))
		} else {
			fmt.Println("no deadline")
		}
	}
}
