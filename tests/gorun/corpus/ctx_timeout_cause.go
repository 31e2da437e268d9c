package main

//gorun:faketime

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("backend too slow")

func main() {
	fired, cancel := context.WithTimeoutCause(context.Background(), 30*time.Millisecond, errSlow)
	defer cancel()
	<-fired.Done()
	fmt.Println(fired.Err(), "|", context.Cause(fired), "|", errors.Is(context.Cause(fired), errSlow))

	stopped, stop := context.WithTimeoutCause(context.Background(), time.Hour, errSlow)
	stop()
	fmt.Println(stopped.Err(), "|", context.Cause(stopped))

	dl, stopDl := context.WithDeadlineCause(context.Background(), time.Now().Add(time.Millisecond), errors.New("deadline cause"))
	time.Sleep(5 * time.Millisecond)
	stopDl()
	fmt.Println(dl.Err(), "|", context.Cause(dl))
}
