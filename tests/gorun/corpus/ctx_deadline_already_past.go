package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Minute))
	defer cancel()
	fmt.Println("past deadline:", past.Err())

	zero, cancel2 := context.WithTimeout(context.Background(), 0)
	defer cancel2()
	select {
	case <-zero.Done():
		fmt.Println("zero timeout: done at once:", zero.Err())
	default:
		fmt.Println("zero timeout: still running")
	}

	neg, cancel3 := context.WithTimeout(context.Background(), -5*time.Second)
	cancel3()
	fmt.Println("cancel after it expired keeps:", neg.Err())
}
