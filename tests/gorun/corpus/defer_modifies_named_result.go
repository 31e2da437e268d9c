package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func annotate() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("annotate: %w", err)
		}
	}()
	return errors.New("base")
}

func main() {
	fmt.Println(double())
	fmt.Println(annotate())
}
