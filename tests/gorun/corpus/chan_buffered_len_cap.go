package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 10
	ch <- 20
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 30
	ch <- 40
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var unbuf chan int
	fmt.Println(len(unbuf), cap(unbuf), unbuf == nil)
}
