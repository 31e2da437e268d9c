package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 1; i <= 5; i++ {
		s = append(s, i)
	}
	fmt.Println(s, len(s))
	t := s[1:3]
	t[0] = 20
	fmt.Println(s, t, len(t))
	u := make([]int, 2, 10)
	fmt.Println(u, len(u), cap(u))
	n := copy(u, s)
	fmt.Println(n, u)
	w := append([]int(nil), s...)
	w[0] = 100
	fmt.Println(s[0], w[0])
	s = append(s[:1], s[2:]...)
	fmt.Println(s)
	strs := make([]string, 3)
	fmt.Printf("%q\n", strs)
	var matrix [][]int
	for i := 0; i < 3; i++ {
		matrix = append(matrix, make([]int, i+1))
	}
	fmt.Println(matrix)
	bs := []byte("hello")
	copy(bs, "J")
	fmt.Println(string(bs))
}
