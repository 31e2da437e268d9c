package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }
func (g *Greeter) Set(s string)            { g.greeting = s }

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	g := Greeter{"hello"}
	greet := g.Greet // bound now, copies g
	g.Set("hi")
	fmt.Println(greet("bob"), "|", g.Greet("bob"))
	set := g.Set
	set("hey")
	fmt.Println(g.Greet("ann"))
	expr := Greeter.Greet
	fmt.Println(expr(Greeter{"yo"}, "sam"))
	fmt.Println(apply([]func(string) string{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}, "  go  "))
	var f func()
	fmt.Println(f == nil)
}
