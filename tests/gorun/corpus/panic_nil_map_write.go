package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	var r Registry
	fmt.Println("reading a nil map is fine:", r.items["x"])
	r.items["x"] = 1
}
