package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %v (%T)\n", r, r)
		panic(Code(7))
	}()
	panic(42)
}
