package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ Side float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (s *Square) Area() float64 { return s.Side * s.Side }
func (s *Square) Name() string  { return "square" }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, &Rect{1, 1}}
	var names []string
	for _, s := range shapes {
		names = append(names, s.Name())
	}
	fmt.Println(strings.Join(names, ","), total(shapes...))
	var s Shape
	fmt.Println(s == nil)
	s = Rect{}
	fmt.Println(s == nil, s.Area())
}
