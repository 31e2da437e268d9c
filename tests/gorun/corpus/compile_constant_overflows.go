package main

import "fmt"

func main() {
	var small uint16 = 70000
	fmt.Println(small)
}
