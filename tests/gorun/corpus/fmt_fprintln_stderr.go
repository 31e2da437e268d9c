package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "warning: low disk")
	fmt.Fprintf(os.Stderr, "code=%d\n", 7)
	fmt.Fprint(os.Stdout, "done", "\n")
}
