package main

import "fmt"

func helper() any { return recover() }

func main() {
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	defer func() {
		fmt.Println("nested helper recover:", helper())
	}()
	panic("boom")
}
