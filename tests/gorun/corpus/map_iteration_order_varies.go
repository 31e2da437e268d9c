package main

import "fmt"

func order(m map[int]bool) string {
	s := ""
	for k := range m {
		s += fmt.Sprint(k)
	}
	return s
}

func main() {
	m := map[int]bool{}
	for i := 0; i < 8; i++ {
		m[i] = true
	}
	first := order(m)
	differs := false
	for i := 0; i < 50; i++ {
		if order(m) != first {
			differs = true
		}
	}
	fmt.Println("iteration order varied between ranges:", differs)
	fmt.Println("printing is sorted:", fmt.Sprint(m) == "map[0:true 1:true 2:true 3:true 4:true 5:true 6:true 7:true]")
}
