package main

import "fmt"

type Named interface{ Name() string }
type Person struct{ name string }

func (p Person) Name() string { return p.name }

func main() {
	var v any = 42
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	var x any = Person{"ada"}
	if named, ok := x.(Named); ok {
		fmt.Println("named:", named.Name())
	}
	_, ok = x.(fmt.Stringer)
	fmt.Println("stringer?", ok)
	p := x.(Person)
	fmt.Println(p.name)
	var nothing any
	_, ok = nothing.(int)
	fmt.Println(ok)
}
