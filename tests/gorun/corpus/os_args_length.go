package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("arguments after the program name:", len(os.Args)-1, os.Args[1:])
	if len(os.Args) > 0 {
		fmt.Println("program name is set:", os.Args[0] != "")
	}
}
