package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(s[1], s[0:1], string(s[7]))
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	b := []byte("go")
	fmt.Println(b, string(b))
}
