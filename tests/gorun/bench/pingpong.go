// Benchmark: 100,000 ping-pongs between two goroutines over unbuffered channels.
// want: pongs = 100000, last = 99999
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
		close(pong)
	}()
	count, last := 0, -1
	for i := 0; i < 100_000; i++ {
		ping <- i
		last = <-pong
		count++
	}
	close(ping)
	fmt.Printf("pongs = %d, last = %d\n", count, last)
}
