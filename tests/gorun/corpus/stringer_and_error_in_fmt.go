package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d %q\n", Green, Green, Green, Green)
	fmt.Println([]Color{Green, Red})
	var err error = &NotFound{"user"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	t := Temp(36.6)
	fmt.Println(&t, t)
	m := map[Color]int{Green: 2, Red: 1}
	fmt.Println(m)
}
