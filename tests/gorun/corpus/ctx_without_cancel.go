package main

import (
	"context"
	"fmt"
)

type k string

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), k("user"), "zoe"))
	detached := context.WithoutCancel(parent)
	cancel()

	_, hasDeadline := detached.Deadline()
	fmt.Println("parent:", parent.Err())
	fmt.Println("detached err:", detached.Err(), "cause:", context.Cause(detached))
	fmt.Println("detached deadline:", hasDeadline, "done nil:", detached.Done() == nil)
	fmt.Println("value:", detached.Value(k("user")))

	child, cancelChild := context.WithCancel(detached)
	fmt.Println("child of detached:", child.Err())
	cancelChild()
	fmt.Println("after its own cancel:", child.Err())
	fmt.Println(detached)
	fmt.Println(child)
}
