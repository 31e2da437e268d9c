package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := context.TODO()

	// Both roots print their own name.
	fmt.Println(bg)
	fmt.Println(todo)

	// A root has no deadline, no Done channel and no error.
	deadline, ok := bg.Deadline()
	fmt.Println("has a deadline:", ok, "| zero time:", deadline.IsZero())
	fmt.Println("Done() is nil:", bg.Done() == nil)
	fmt.Println("Err():", bg.Err())

	// Receiving from a nil channel blocks forever, so the default case wins.
	select {
	case <-bg.Done():
		fmt.Println("cancelled (this never happens)")
	default:
		fmt.Println("Background is never cancelled")
	}
}
