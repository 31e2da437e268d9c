package main

import (
	"context"
	"reflect"
	"sync"
	"time"
)

// encType writes a type's structure, named types by name, as the interpreter would describe it.
func encType(t reflect.Type) obj {
	if t.Name() != "" {
		return obj{"named": t.String()}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return obj{"ptr": encType(t.Elem())}
	case reflect.Slice:
		return obj{"slice": encType(t.Elem())}
	case reflect.Array:
		return obj{"array": encType(t.Elem()), "len": t.Len()}
	case reflect.Map:
		return obj{"map": []obj{encType(t.Key()), encType(t.Elem())}}
	case reflect.Chan:
		return obj{"chan": encType(t.Elem()), "dir": t.ChanDir().String()}
	case reflect.Func:
		in, out := []obj{}, []obj{}
		for i := 0; i < t.NumIn(); i++ {
			in = append(in, encType(t.In(i)))
		}
		for i := 0; i < t.NumOut(); i++ {
			out = append(out, encType(t.Out(i)))
		}
		return obj{"func": in, "results": out, "variadic": t.IsVariadic()}
	case reflect.Struct:
		fields := []obj{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			o := obj{"type": encType(f.Type), "tag": string(f.Tag)}
			if !f.Anonymous {
				o["name"] = f.Name
			}
			fields = append(fields, o)
		}
		return obj{"struct": fields}
	case reflect.Interface:
		methods := []obj{}
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			methods = append(methods, obj{"name": m.Name, "sig": encType(m.Type)})
		}
		return obj{"interface": methods}
	}
	panic("type_cases: " + t.String())
}


func typeCases() {
	values := []any{
		struct {
			A int
			b string
		}{}, struct{ Base }{}, struct{ *Base }{}, struct {
			A int `json:"a"`
			B int `x:"\n"`
		}{},
		func(int, ...string) (bool, error) { return false, nil }, func() {}, func(x int) (y int) { return },
		make(chan (<-chan int)), make(<-chan chan int), make(chan<- chan int), make(chan<- <-chan int), make(chan (chan<- int)),
		[]interface{ M() }{}, []interface {
			N()
			M(int) string
		}{}, []any{}, []error{}, map[string][]*T{}, [3][2]int{}, struct{}{}, []func(func(int) int) func() string{},
		time.Second, []byte{}, []rune{}, map[[2]int]struct{ X, Y float64 }{}, (*func())(nil), []interface{ error }{},
		&sync.WaitGroup{}, []context.Context{}, map[any]chan<- struct{}{}, func(...any) {}, []fmtStringer{},
		struct {
			F func() (int, error)
			C chan int
		}{}, [0]struct{}{}, (**[]*int)(nil), func(func(...int)) (a, b []string) { return },
	}
	for _, v := range values {
		t := reflect.TypeOf(v)
		emit(obj{"fn": "TypeString", "in": []any{encType(t)}, "out": t.String()})
	}
}

type fmtStringer interface{ String() string }
