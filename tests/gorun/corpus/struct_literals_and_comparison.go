package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 2, X: 1}
	var z Point
	fmt.Println(p == q, p != z, z)
	l := Line{From: p, To: Point{3, 4}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	lines := []Line{{Point{0, 0}, Point{1, 1}, "a"}, {To: Point{X: 9}}}
	fmt.Println(lines)
	pts := map[string]Point{"o": {}, "e": {1, 0}}
	fmt.Println(pts)
	anon := struct {
		Name string
		Ok   bool
	}{"x", true}
	fmt.Printf("%v %+v\n", anon, anon)
	pp := &l
	pp.From.X = 42
	fmt.Println(l.From, (*pp).To.Y)
}
