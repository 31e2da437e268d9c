package main

import "fmt"

func main() {
	var err error
	s := err.(fmt.Stringer)
	fmt.Println(s)
}
