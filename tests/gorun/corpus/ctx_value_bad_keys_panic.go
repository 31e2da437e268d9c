package main

import (
	"context"
	"fmt"
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), nil, "x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), []string{"a"}, "x")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		context.WithValue(context.Background(), map[string]int{}, "x")
	}()
	fmt.Println("done")
}
