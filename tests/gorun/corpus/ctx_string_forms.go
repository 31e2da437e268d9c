package main

import (
	"context"
	"fmt"
)

type plainKey string

type namedKey string

func (k namedKey) String() string { return "key:" + string(k) }

type point struct{ X, Y int }

func main() {
	bg := context.Background()
	c1, cancel1 := context.WithCancel(bg)
	defer cancel1()
	c2, cancel2 := context.WithCancelCause(context.TODO())
	defer cancel2(nil)
	fmt.Println(c1)
	fmt.Println(c2)
	fmt.Println(context.WithValue(bg, "s", "str"))
	fmt.Println(context.WithValue(bg, plainKey("p"), 42))
	fmt.Println(context.WithValue(bg, namedKey("n"), nil))
	fmt.Println(context.WithValue(bg, 7, point{1, 2}))
	fmt.Println(context.WithValue(bg, point{}, namedKey("v")))
	fmt.Println(context.WithoutCancel(c1))
	fmt.Printf("%v | %s\n", bg, context.TODO())
	chain := context.WithValue(c1, "a", "b")
	chain2, cancel3 := context.WithCancel(chain)
	defer cancel3()
	fmt.Println(chain2)
}
