package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100 // ranging over an array ranges over a copy
		if i == 2 {
			fmt.Println("array saw", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100 // a slice shares its elements
		if i == 2 {
			fmt.Println("slice saw", v)
		}
	}
	for i := range sl {
		sl[i] *= 2
	}
	fmt.Println(arr, sl)
	for _, v := range []string{"x", "y"} {
		fmt.Print(v)
	}
	fmt.Println()
}
