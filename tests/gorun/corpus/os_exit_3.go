package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting with status 3")
	os.Exit(3)
}
