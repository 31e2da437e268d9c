package main

import "fmt"

func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i*10, w) {
				return
			}
		}
	}
}

func main() {
	for v := range countdown(5) {
		if v == 2 {
			break
		}
		fmt.Println(v)
	}
	for k, w := range pairs([]string{"a", "b"}) {
		fmt.Println(k, w)
	}
}
