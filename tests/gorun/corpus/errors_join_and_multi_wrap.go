package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
	ErrC = errors.New("c failed")
)

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB), errors.Is(j, ErrC))
	fmt.Println(errors.Join(nil, nil) == nil)
	two := fmt.Errorf("both: %w and %w", ErrA, ErrC)
	fmt.Println(two, errors.Is(two, ErrC), errors.Unwrap(two) == nil)
}
