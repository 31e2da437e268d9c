package inventory

import (
	"errors"
	"fmt"
	"testing"
)

type item struct {
	name  string
	count int
}

type stockError struct{ name string }

func (e *stockError) Error() string { return "out of " + e.name }

func (i item) take() error {
	if i.count == 0 {
		return &stockError{i.name}
	}
	return nil
}

func TestTypes(t *testing.T) {
	it := item{"apples", 0}
	err := it.take()
	fmt.Printf("%T %v %+v\n", it, it, it)
	fmt.Printf("%T %v\n", err, err)
	var se *stockError
	fmt.Println(errors.As(err, &se), se.name)
	fmt.Println("short:", testing.Short(), "verbose:", testing.Verbose(), "testing:", testing.Testing())
	var tb testing.TB = t
	tb.Log("through TB")
	if err != nil {
		tb.Errorf("take: %v", err)
	}
}
