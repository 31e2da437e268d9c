package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("shutting down"))

	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	timed, cancelTimed := context.WithTimeout(parent, time.Hour)
	defer cancelTimed()
	val := context.WithValue(parent, "user", "ann")

	for _, c := range []context.Context{child, timed, val} {
		select {
		case <-c.Done():
			fmt.Println("done at once:", c.Err(), "/", context.Cause(c))
		default:
			fmt.Println("not done")
		}
	}
}
