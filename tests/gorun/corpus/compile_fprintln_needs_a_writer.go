package main

import "fmt"

type logger struct{ lines []string }

func main() {
	var l logger
	fmt.Fprintln(l, "started")
	fmt.Println(l.lines)
}
