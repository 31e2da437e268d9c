package main

import "fmt"

func main() {
	items := 3
	if items {
		fmt.Println("have items")
	}
}
