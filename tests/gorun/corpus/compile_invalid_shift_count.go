package main

import "fmt"

func main() {
	shifted := 3 >> 9223372036854775807
	fmt.Println(shifted)
}
