package main

import "fmt"

func main() {
	for i, v, extra := range []int{1, 2} {
		fmt.Println(i, v, extra)
	}
}
