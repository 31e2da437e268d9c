package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, kind(n))
	}
	switch day := "sat"; day {
	case "sat", "sun":
		fmt.Println("weekend")
	case "mon":
		fmt.Println("monday")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	case x > 1:
		fmt.Println("not reached")
	}
	switch {
	}
	var s fmt.Stringer
	switch s {
	case nil:
		fmt.Println("nil stringer")
	}
}
