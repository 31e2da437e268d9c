package main

import (
	"errors"
	"fmt"
)

func main() {
	var missing error
	e1 := fmt.Errorf("wrap: %w", missing)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == nil)
	e2 := fmt.Errorf("not an error: %w", "text")
	fmt.Println(e2)
	e3 := fmt.Errorf("%w and %v", errors.New("inner"), 42)
	fmt.Println(e3, errors.Unwrap(e3))
}
