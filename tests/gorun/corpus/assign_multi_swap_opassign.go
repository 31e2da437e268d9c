package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, xs)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 4
	n <<= 3
	n |= 1
	n &^= 8
	n ^= 2
	fmt.Println(n)
	n++
	n--
	n++
	fmt.Println(n)
	var s string
	s += "ab"
	s += "cd"
	fmt.Println(s)
	fmt.Println(-7/2, -7%2, 7/-2, 1<<10, 0xff&^0x0f)
}
