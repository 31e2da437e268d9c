package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- *Ball) {
	for ball := range in {
		if ball.hits == 6 {
			done <- ball
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		out <- ball
	}
}

func main() {
	toPing, toPong := make(chan *Ball), make(chan *Ball)
	done := make(chan *Ball)
	go player("ping", toPing, toPong, done)
	go player("pong", toPong, toPing, done)
	toPing <- new(Ball)
	b := <-done
	fmt.Println("game over after", b.hits, "hits")
}
