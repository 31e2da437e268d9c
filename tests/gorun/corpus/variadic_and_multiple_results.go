package main

import "fmt"

func sum(label string, nums ...int) (total int, count int) {
	for _, n := range nums {
		total += n
	}
	count = len(nums)
	return
}

func minMax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{5, -2, 9}
	fmt.Println(sum("spread", xs...))
	fmt.Println(minMax(xs...))
	_, hi := minMax(4, 8, 1)
	fmt.Println(hi)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
}
