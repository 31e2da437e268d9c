package main

import "fmt"

type Meters float64
type Feet float64
type Name string

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

func (n Name) Upper() Name {
	b := []byte(n)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return Name(b)
}

func main() {
	m := Meters(10)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	n := Name("gopher")
	fmt.Println(n.Upper(), len(n))
	var s string = string(n)
	fmt.Println(s + "!")
	i := 65
	f := 3.99
	fmt.Println(string(rune(i)), float64(i)/2, int(f+3.91), int(-f-3.91), uint8(300%256))
	fmt.Println(int(f), int64(f*100))
	var r rune = 'é'
	fmt.Println(r, string(r), []byte(string(r)))
}
