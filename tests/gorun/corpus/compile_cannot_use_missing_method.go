package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var s Shape = Circle{2}
	fmt.Println(s.Area())
}
