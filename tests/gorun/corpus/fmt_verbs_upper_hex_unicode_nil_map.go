package main

import "fmt"

func main() {
	fmt.Printf("%X %x %X\n", -255, -255, 3054)
	fmt.Printf("%U|%#U|%#U\n", 'G', 'G', 0x1F642)
	fmt.Printf("%g|%G|%e|%E\n", 1e-10, 1e-10, 123456.789, 123456.789)
	var m map[int]bool
	var s []string
	fmt.Printf("%#v %#v %#v\n", m, s, map[string]int{})
	fmt.Printf("%v %v\n", m, s)
}
