// Benchmark: recursive Fibonacci, pure calls and integer arithmetic.
// want: fib(30) = 832040
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Printf("fib(30) = %d\n", fib(30))
}
