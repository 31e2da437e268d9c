package main

import (
	"fmt"
	"os"
)

func main() {
	unused := 1
	fmt.Println(undefinedThing)
}
