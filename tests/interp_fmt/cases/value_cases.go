package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"time"
)

type T struct {
	A int
	B string
}

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    *string
	Tags     []string
	Meta     map[string]int
	Any      any
	Err      error
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Color int

func (c Color) String() string {
	switch c {
	case 1:
		return "red"
	case 2:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Weekday int

type ctxKey string

type MyString string

type Bytes []byte

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type ValErr struct{ Msg string }

func (e ValErr) Error() string { return "valerr: " + e.Msg }

type PtrStringer struct{ name string }

func (p *PtrStringer) String() string { return "PS(" + p.name + ")" }

type Panicky struct{ N int }

func (Panicky) String() string { panic("boom") }

type PanickyErr struct{}

func (PanickyErr) Error() string { panic(errors.New("inner")) }

type NilDeref struct{ name string }

func (n *NilDeref) String() string { return n.name }

type GoS struct{ V int }

func (g GoS) GoString() string { return fmt.Sprintf("GoS<%d>", g.V) }
func (g GoS) String() string   { return "gos" }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Hidden struct {
	d time.Duration
	D time.Duration
	c Color
	C Color
	e error
	E error
}

type Base struct{ ID int }

func (b Base) Describe() string { return "base" }

type Derived struct {
	Base
	Name string
	next *Derived
}

type Key struct {
	A int
	B string
}

type Grid [2][2]int

type Named struct {
	Inner struct{ Z bool }
	F     func()
	Ch    chan int
}

func valueCases() {
	t := T{1, "x"}
	label := "L"
	line := Line{Point{1, 2}, Point{3, 4}, &label, []string{"a"}, map[string]int{"k": 1}, 7, errors.New("bad")}
	zero := Line{}
	for _, verb := range []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q", "%5v", "%-4v|"} {
		P(verb, t)
		P(verb, &t)
		P(verb, Point{-1, 0})
		P(verb, struct{}{})
		P(verb, struct {
			a int
			B []int
		}{1, []int{2}})
		P(verb, zero)
		P(verb, []T{{1, "a"}, {2, "b"}})
		P(verb, []*T{nil})
		P(verb, map[string]T{"k": {3, "c"}})
		P(verb, Derived{Base{7}, "d", nil})
		P(verb, Grid{{1, 2}, {3, 4}})
		P(verb, &[]int{1, 2})
		P(verb, &map[string]int{"a": 1})
		P(verb, &[2]string{"x", "y"})
	}
	P("%v|%+v", line, line)
	P("%s|%d", line, line)

	// Maps: keys sorted as fmt sorts them.
	maps := []any{
		map[int]string{3: "c", -1: "z", 10: "j", 0: "o", 2: "b", 100: "h", -50: "m"},
		map[string]int{"b": 2, "a": 1, "c": 3, "": 0, "B": 4, "ab": 5, "é": 6},
		map[bool]int{true: 1, false: 0},
		map[float64]string{2.5: "x", -1: "y", math.NaN(): "n", math.Inf(1): "i", math.Inf(-1): "j", 0: "z"},
		map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3},
		map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true},
		map[uint8]int{200: 1, 3: 2, 255: 3},
		map[int8]bool{-128: true, 127: false, 0: true},
		map[Color]int{2: 20, 1: 10, 3: 30},
		map[string][]int{"x": {1, 2}, "a": nil},
		map[string]map[string]int{"outer": {"z": 1, "a": 2}},
		map[any]int{3: 1, 1: 2, 2: 3},
		map[any]int{"b": 1, nil: 0, "a": 2},
		map[string]any{"n": nil, "e": errors.New("E"), "i": 1},
		map[string]int{},
		map[string]int(nil),
		map[ctxKey]string{"user": "u", "id": "i"},
		map[string]*T{"nilptr": nil},
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%d", "%s", "%x", "%T", "%q"} {
		for _, m := range maps {
			P(verb, m)
		}
	}

	// Pointers: the top level prints &{...}; deeper ones an address.
	x := 5
	px := &x
	ppx := &px
	dd := &Derived{Base{1}, "root", nil}
	dd.next = dd
	var nilT *T
	var nilMap map[string]int
	var nilFunc func()
	var nilChan chan int
	ch := make(chan string, 1)
	fn := func() {}
	for _, verb := range []string{"%v", "%+v", "%#v", "%p", "%d", "%x", "%s", "%T", "%t", "%#p", "%12v|"} {
		P(verb, px)
		P(verb, ppx)
		P(verb, dd)
		P(verb, nilT)
		P(verb, []*int{px, nil})
		P(verb, struct{ P *int }{px})
		P(verb, nilMap)
		P(verb, nilFunc)
		P(verb, nilChan)
		P(verb, ch)
		P(verb, fn)
		P(verb, Named{F: fn, Ch: nil})
		P(verb, &nilT)
	}

	// Methods: Error and String for %v %s %q %x %X and Print; raw value for %d; GoString for %#v.
	values := []any{Celsius(21.5), Color(1), Color(7), Weekday(3), ctxKey("user"), MyString("m"), &MyErr{42}, MyErr{42},
		ValErr{"v"}, &PtrStringer{"p"}, PtrStringer{"p"}, Panicky{1}, PanickyErr{}, (*NilDeref)(nil), &NilDeref{"nd"},
		GoS{3}, Both{}, time.Duration(90) * time.Second, io.EOF, os.ErrNotExist, context.Canceled,
		context.DeadlineExceeded, fmt.Errorf("wrap: %w", io.EOF), errors.Join(io.EOF, errors.New("two")),
		Hidden{time.Second, time.Second, 1, 1, io.EOF, io.EOF}, []Color{1, 2}, map[Color]Celsius{1: 3.5}, [1]Color{2},
		[]error{nil, io.EOF}, []fmt.Stringer{nil, Color(1)}, struct{ S fmt.Stringer }{}, []any{Color(2), Weekday(2)}}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%q", "%x", "%X", "%T", "%10v|", "%-12s|", "%.2s", "%t"} {
		for _, v := range values {
			P(verb, v)
		}
	}
	S(Celsius(1), Color(2), ctxKey("k"), MyString("s"), &MyErr{1}, Panicky{}, (*NilDeref)(nil))
	L(Celsius(1), Color(2), ctxKey("k"), &MyErr{1}, Panicky{}, (*NilDeref)(nil), Hidden{})
	P("%v %v", Weekday(1), []Weekday{1, 2})
	P("%s", []any{1, "a", Color(1)})
	P("%d", []any{1, "a", Color(1)})
	P("%v", []any{nil, []int(nil), map[int]int(nil), (*T)(nil)})
	P("%#v", []any{nil, []int(nil), map[int]int(nil), (*T)(nil), 1, "s", 2.0, uint(3), int8(4)})
	P("%#v|%#v|%#v|%#v", 1.0, 1e21, float32(2.5), 1e-7)
	P("%#v|%#v", []float64{1, 0.5}, map[string]float64{"a": 1})
	P("%#v|%#v|%#v", true, Weekday(2), ctxKey("k"))
	P("%#v|%#v", [3]int{}, struct{ A, b int }{1, 2})
	P("%#v", []struct{ X int }{{1}})
	P("%#v|%#v", []byte(nil), Bytes(nil))
	P("%#v", map[string][]byte{"k": []byte("v")})
	P("%#v|%#v", 'x', uintptr(10))
	P("%v|%+v|%#v", struct{ E error }{}, struct{ E error }{}, struct{ E error }{})
	P("%v|%#v", struct{ A any }{nil}, struct{ A any }{nil})
	P("%v", struct{ A any }{[]int{1}})

	// Sprint puts a space between operands only when neither is a string; Sprintln always does.
	sample := []any{1, "s", MyString("m"), ctxKey(""), 2.5, nil, true, []string{"a"}, Color(1), errors.New("e"), &T{1, "x"},
		[]byte("b"), 'r', Point{1, 2}}
	for _, a := range sample {
		for _, b := range sample {
			S(a, b)
			S(a, b, a)
		}
		L(a)
		L(a, a)
	}
	L(sample...)
	S(sample...)
	P("%d %s", 1, "a", sample[6], sample[10], nil, Color(2))

	// Errorf and %w.
	e1 := errors.New("e1")
	e2 := &MyErr{2}
	E("plain")
	E("plain %%")
	E("wrap: %w", e1)
	E("wrap %v and %w", e1, e2)
	E("two: %w, %w", e1, e2)
	E("reorder: %[2]w %[1]w %[2]w", e1, e2)
	E("not error: %w", 5)
	E("nil: %w", nil)
	E("mixed: %w %w", e1, "s")
	E("no verb", 1)
	E("%d items: %w", 3, e1)
	E("%s", e1)
	E("%w", Both{})
	E("%v then %w", Panicky{}, e1)
	E("%5w|%-8w|", e1, e2)
	E("%w %d", e1)
	E("%[1]w %[1]w", e1)
	E("%[3]w %[1]w %w", e1, e2, io.EOF)
	E("context: %w", context.DeadlineExceeded)
}
