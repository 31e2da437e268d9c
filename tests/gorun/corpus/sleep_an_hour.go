package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println("going to sleep")
	time.Sleep(time.Hour)
	fmt.Println("slept", time.Since(start).Round(time.Second))
	time.Sleep(90 * time.Minute)
	fmt.Println("total", time.Since(start).Round(time.Minute))
	fmt.Println(time.Since(start).Hours(), time.Since(start).Minutes())
}
