package main

import (
	"fmt"
	"time"
)

func main() {
	result := time.Sleep(time.Second)
	fmt.Println(result)
}
