package main

//gorun:faketime

import (
	"context"
	"fmt"
	"time"
)

func main() {
	early, cancelEarly := context.WithTimeout(context.Background(), time.Second)
	cancelEarly()
	fmt.Println("cancelled early:", early.Err())

	late, cancelLate := context.WithTimeout(context.Background(), 20*time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("before cancel:", late.Err())
	cancelLate()
	fmt.Println("after cancel:", late.Err(), context.Cause(late))
}
