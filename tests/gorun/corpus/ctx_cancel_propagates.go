package main

import (
	"context"
	"fmt"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	grandchild, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	valued := context.WithValue(grandchild, "k", "v")

	fmt.Println("before:", root.Err(), child.Err(), grandchild.Err(), valued.Err())
	cancel()
	// Cancellation is synchronous: no need to wait on Done.
	fmt.Println("after: ", root.Err(), child.Err(), grandchild.Err(), valued.Err())
	<-valued.Done()
	fmt.Println("same error:", grandchild.Err() == root.Err())
}
