package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("-1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	for _, s := range []string{"0x1f", "0b101", "0o17", "017", "1_000", "-0x10"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	n, err := strconv.ParseInt("1_000", 10, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
}
