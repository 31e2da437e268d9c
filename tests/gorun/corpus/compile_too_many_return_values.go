package main

import "fmt"

func name() string {
	return "go", nil
}

func main() {
	fmt.Println(name())
}
