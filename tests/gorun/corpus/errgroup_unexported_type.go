package main

import (
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	var t errgroup.token
	fmt.Println(t)
}
