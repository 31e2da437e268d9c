package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B *T
}

func main() {
	t := &T{1, nil}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	ts := []*T{t}
	fmt.Println(len(ts), ts[0].A)
	var err error
	fmt.Println(err)
	fmt.Printf("%v %d\n", err, []int(nil))
	var p *T
	fmt.Println(p)
	fmt.Printf("%+v\n", T{2, nil})
	e := errors.New("x")
	fmt.Printf("%v %s\n", []error{e, nil}, e)
	var ip *int
	fmt.Println(ip == nil)
	fmt.Printf("%t %v\n", ip == nil, struct{ P *int }{})
}
