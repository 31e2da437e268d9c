package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	a, b, c := pair()
	fmt.Println(a, b, c)
}
