package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("first recover:", r)
		panic(fmt.Sprint("again after ", r))
	}()
	panic("first")
}
