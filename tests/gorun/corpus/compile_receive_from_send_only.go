package main

import "fmt"

func drain(out chan<- int) {
	for v := range out {
		fmt.Println(v)
	}
}

func main() {
	drain(make(chan int))
}
