package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancelCause(parent)
	cancelParent(errors.New("parent said stop"))
	cancelChild(errors.New("child said stop"))
	fmt.Println("parent first ->", context.Cause(parent), "|", context.Cause(child))

	p2, c2p := context.WithCancelCause(context.Background())
	ch2, c2c := context.WithCancelCause(p2)
	c2c(errors.New("child alone"))
	c2p(errors.New("parent later"))
	fmt.Println("child first ->", context.Cause(p2), "|", context.Cause(ch2))

	grand, cancelGrand := context.WithCancel(child)
	defer cancelGrand()
	fmt.Println("grandchild of cancelled:", context.Cause(grand))
}
