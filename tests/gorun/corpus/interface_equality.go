package main

import (
	"errors"
	"fmt"
)

type ID string
type Point struct{ X, Y int }

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = ID("x"), "x"
	fmt.Println(a == b)
	a, b = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b)
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1 == e1)
	var p1, p2 any = &Point{}, &Point{}
	fmt.Println(p1 == p2)
	var nilErr error
	fmt.Println(nilErr == nil)
	a = nil
	fmt.Println(a == nil)
}
