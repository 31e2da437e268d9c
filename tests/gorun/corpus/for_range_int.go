package main

import "fmt"

func main() {
	for i := range 4 {
		fmt.Print(i)
	}
	fmt.Println()
	total := 0
	for range 5 {
		total += 2
	}
	fmt.Println(total)
	var n int64 = 3
	for i := range n {
		fmt.Printf("%T %v\n", i, i)
	}
}
