package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T: %v\n", r, r)
		var err error
		panic(err)
	}()
	panic(nil)
}
