package main

import "fmt"

type Closer interface{ Close() error }

type File struct{}

func main() {
	var v any = File{}
	c := v.(Closer)
	fmt.Println(c)
}
