// Benchmark: 10^7 iterations of integer arithmetic in one loop.
// want: sum = 35087128718991
package main

import "fmt"

func main() {
	sum := 0
	x := 7
	for i := 0; i < 10_000_000; i++ {
		x = (x*31 + i) % 1_000_003
		if i%3 == 0 {
			sum += x
		} else {
			sum += i ^ x
		}
	}
	fmt.Println("sum =", sum)
}
