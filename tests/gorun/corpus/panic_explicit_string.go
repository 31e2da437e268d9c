package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("n too large: %d", n))
	}
	fmt.Println("checked", n)
}

func main() {
	defer fmt.Println("deferred print still runs")
	for i := 1; i <= 5; i++ {
		check(i)
	}
}
