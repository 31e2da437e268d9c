package main

import (
	"fmt"
	"time"
)

func main() {
	seconds := 5
	timeout := seconds * time.Second
	fmt.Println(timeout)
}
