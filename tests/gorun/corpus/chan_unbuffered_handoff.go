package main

import "fmt"

func main() {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		for msg := range ch {
			fmt.Println("got", msg)
		}
		done <- true
	}()
	for _, m := range []string{"ping", "pong", "bye"} {
		ch <- m
	}
	close(ch)
	<-done
	fmt.Println("receiver finished")
}
