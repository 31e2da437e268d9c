package main

import "fmt"

func main() {
	var slots [3]string
	slots[3] = "fourth"
	fmt.Println(slots)
}
