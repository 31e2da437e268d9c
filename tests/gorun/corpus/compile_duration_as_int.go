package main

import (
	"fmt"
	"time"
)

func wait(ms int) { fmt.Println("waiting", ms) }

func main() {
	timeout := 2 * time.Second
	wait(timeout)
}
