package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "x", "-7"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad:", err)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("ok", n)
		}
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("found", v)
	}
}
