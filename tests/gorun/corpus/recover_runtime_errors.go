package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
		} else {
			fmt.Printf("%s: %v (not an error)\n", name, r)
		}
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ X int }
	var ch chan int
	xs := []int{1}
	zero := 0
	var v any = 3.5
	try("index", func() { _ = xs[zero+3] })
	try("slice", func() { _ = xs[1:zero+5] })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { p.X++ })
	try("divide", func() { _ = 7 / zero })
	try("assert", func() { _ = v.(string) })
	try("close nil", func() { close(ch) })
	c := make(chan int)
	close(c)
	try("close closed", func() { close(c) })
	try("send closed", func() { c <- 1 })
	try("explicit", func() { panic("just a string") })
}
