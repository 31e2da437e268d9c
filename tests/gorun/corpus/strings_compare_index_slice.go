package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a == "apple", a > "Apple", "" < "a")
	s := "gopher"
	fmt.Println(s[0], s[1:4], s[:2], s[4:], len(s))
	fmt.Printf("%c %v %T\n", s[0], s[0], s[0])
	joined := a + " & " + b
	fmt.Println(joined)
	r := []rune("naïve")
	r[2] = 'i'
	fmt.Println(string(r), len("naïve"))
	bs := []byte(s)
	bs[0] = 'G'
	fmt.Println(string(bs), s)
}
