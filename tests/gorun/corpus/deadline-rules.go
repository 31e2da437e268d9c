package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	// 1. A child cannot outlive its parent's deadline.
	parent, cancelParent := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelParent()
	child, cancelChild := context.WithTimeout(parent, 10*time.Second) // asks for more
	defer cancelChild()

	parentDeadline, _ := parent.Deadline()
	childDeadline, _ := child.Deadline()
	fmt.Println("child keeps the parent's deadline:", childDeadline.Equal(parentDeadline))

	<-child.Done() // closes after about 50ms, not 10s
	fmt.Println("child:", child.Err())

	// 2. Cancelling before the deadline gives Canceled, not DeadlineExceeded.
	deadline := time.Now().Add(time.Hour)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	cancel()
	fmt.Println("cancelled early:", ctx.Err())
}
