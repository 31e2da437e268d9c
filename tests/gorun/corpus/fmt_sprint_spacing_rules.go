package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint(errors.New("e1"), errors.New("e2"), 5)
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Print()
	fmt.Println()
	fmt.Println(nil, []int(nil), map[int]int(nil))
}
