package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Printf("%q\n", context.DeadlineExceeded.Error())

	var te interface{ Timeout() bool }
	if errors.As(context.DeadlineExceeded, &te) {
		fmt.Println("Timeout():", te.Timeout())
	}
	tmp, ok := context.DeadlineExceeded.(interface{ Temporary() bool })
	fmt.Println("Temporary():", ok && tmp.Temporary())
	_, ok = context.Canceled.(interface{ Timeout() bool })
	fmt.Println("Canceled has Timeout:", ok)

	wrapped := fmt.Errorf("fetch user: %w", context.Canceled)
	fmt.Println(wrapped, errors.Is(wrapped, context.Canceled), errors.Is(wrapped, context.DeadlineExceeded))
	fmt.Println(errors.Unwrap(wrapped) == context.Canceled)
}
