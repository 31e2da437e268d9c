package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: not printed by os.Exit")
	fmt.Fprintln(os.Stderr, "fatal: config missing")
	os.Exit(1)
}
