package main

import "fmt"

type P struct {
	Name string
	Age  int
	tags []string
}

func main() {
	p := P{"Ann", 30, []string{"x"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	fmt.Printf("%d %s %q %t %x %X %o %b %c %U\n", 42, "str", "quo\"te", true, 255, 255, 8, 5, 'G', 'G')
	fmt.Printf("%v %v %v %v\n", []int{1, 2}, [2]bool{true}, []string{"a", "b"}, struct{}{})
	fmt.Printf("%q %x % x %X\n", []string{"a", "b"}, "hi", "hi", []byte("ok"))
	fmt.Printf("%T %T %T %T %T %T\n", 1, 1.5, "s", 'r', nil, []any{1})
	fmt.Printf("%v|%d|%s\n", nil, []int{3}, []string{"z"})
	fmt.Printf("%%d literal percent, %v\n", 'x')
	fmt.Printf("%#v %#v %#v\n", []int{1}, "s", map[string]bool{"t": true})
}
