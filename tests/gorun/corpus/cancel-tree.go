package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	defer cancelParent()
	childA, cancelA := context.WithCancel(parent)
	defer cancelA()
	childB, cancelB := context.WithCancel(parent)
	defer cancelB()

	report := func(when string) {
		fmt.Println(when)
		fmt.Println("  parent:", parent.Err())
		fmt.Println("  childA:", childA.Err())
		fmt.Println("  childB:", childB.Err())
	}

	cancelA() // cancelling a child...
	report("after cancelA():")

	cancelParent() // ...versus cancelling the parent
	report("after cancelParent():")
}
