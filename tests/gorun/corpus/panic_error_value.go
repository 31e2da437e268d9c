package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to fail")
	panic(fmt.Errorf("load config: %w", errors.New("file missing")))
}
