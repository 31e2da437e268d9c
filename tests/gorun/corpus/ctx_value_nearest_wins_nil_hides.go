package main

import (
	"context"
	"fmt"
)

type key int

const userKey key = 0

func main() {
	outer := context.WithValue(context.Background(), userKey, "alice")
	inner := context.WithValue(outer, userKey, "bob")
	hidden := context.WithValue(inner, userKey, nil)

	fmt.Println(outer.Value(userKey), inner.Value(userKey), hidden.Value(userKey))
	name, ok := hidden.Value(userKey).(string)
	fmt.Printf("%q %v\n", name, ok)
	fmt.Println(hidden)
}
