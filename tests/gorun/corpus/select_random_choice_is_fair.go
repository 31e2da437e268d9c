package main

import "fmt"

func main() {
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- i
		b <- i
	}
	fromA, fromB := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			fromA++
		case <-b:
			fromB++
		}
	}
	fmt.Println("total:", fromA+fromB)
	fmt.Println("both chosen often:", fromA > 300 && fromB > 300)
}
