package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	fmt.Println(<-ch)

	words := make(chan string)
	close(words)
	w, ok := <-words
	fmt.Printf("%q %v\n", w, ok)
}
