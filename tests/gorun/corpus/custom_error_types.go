package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", v.Field, v.Code)
}

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", 22}
	}
	return nil
}

func main() {
	for _, a := range []int{5, -1} {
		err := validate(a)
		var ve ValidationError
		switch {
		case err == nil:
			fmt.Println(a, "ok")
		case errors.As(err, &ve):
			fmt.Println(a, "->", ve.Field, ve.Code, "|", err)
		}
	}
	wrapped := fmt.Errorf("signup: %w", validate(-3))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ValidationError{"age", 22}))
	fmt.Printf("%v | %+v | %T\n", validate(-1), validate(-1), validate(-1))
}
