package main

import (
	"context"
	"fmt"
)

type key struct{ name string }

func (k *key) String() string { return "ctx key " + k.name }

var userKey = &key{"user"}

type user struct {
	Name string
	Age  int
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, user{"Ann", 30})
	fmt.Println(ctx)
	u := ctx.Value(userKey).(user)
	fmt.Printf("%+v\n", u)
	fmt.Println(ctx.Value(&key{"user"}))
}
