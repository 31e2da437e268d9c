package main

import "fmt"

func main() {
	var d int64
	fmt.Println(17 % (d + 1))
	fmt.Println(17 % d)
}
