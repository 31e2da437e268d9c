package main

import "fmt"

func main() {
	price := 7.9
	fmt.Println(int(price))
	fmt.Println(int(7.9))
}
