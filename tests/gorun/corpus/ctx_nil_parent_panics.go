package main

import (
	"context"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	var nilCtx context.Context
	try("WithCancel", func() { context.WithCancel(nilCtx) })
	try("WithCancelCause", func() { context.WithCancelCause(nilCtx) })
	try("WithTimeout", func() { context.WithTimeout(nilCtx, time.Second) })
	try("WithDeadline", func() { context.WithDeadline(nilCtx, time.Now()) })
	try("WithValue", func() { context.WithValue(nilCtx, "k", 1) })
	try("WithoutCancel", func() { context.WithoutCancel(nilCtx) })
}
