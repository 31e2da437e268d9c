package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancel := context.WithCancel(context.Background())
	defer cancel()
	a, cancelA := context.WithCancel(parent)
	b, cancelB := context.WithCancel(parent)
	defer cancelB()

	cancelA()
	fmt.Println("a:", a.Err())
	fmt.Println("b:", b.Err())
	fmt.Println("parent:", parent.Err())

	select {
	case <-parent.Done():
		fmt.Println("parent done?!")
	default:
		fmt.Println("parent still running")
	}
}
