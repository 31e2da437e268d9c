package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	n := 0
	for now := range time.Tick(time.Minute) {
		n++
		fmt.Println("minute", n, now.Sub(start))
		if n == 3 {
			break
		}
	}
}
