package main

import "fmt"

func main() {
	attempt := 0
retry:
	attempt++
	if attempt < 3 {
		fmt.Println("attempt", attempt, "failed")
		goto retry
	}
	fmt.Println("attempt", attempt, "succeeded")
}
