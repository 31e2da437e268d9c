package main

import "fmt"

func main() {
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break // leaves the switch only
		case i > 4:
			break loop
		}
		fmt.Println("i =", i)
	}
	fmt.Println("out")
}
