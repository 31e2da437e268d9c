// Command cases prints the table that tests/interp_fmt.rs checks the Rust port against: one JSON
// object a line, each an input and the output real Go gives for it.
//
//	tests/interp_fmt/record.sh   (runs: go run ./tests/interp_fmt/cases/*.go > tests/interp_fmt/cases.jsonl)
//
// Operands of fmt functions are written as the value tree the interpreter builds (FVal): type
// name, kind, contents, and the results of Error/String/GoString computed here, by reflection,
// the way the interpreter computes them before formatting.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"unicode/utf8"
	"unsafe"
)

var out = json.NewEncoder(os.Stdout)

func init() { out.SetEscapeHTML(false) }

type obj = map[string]any

func emit(o obj) {
	if err := out.Encode(o); err != nil {
		panic(err)
	}
}

// text writes a Go string: as "s" when valid UTF-8, else as hex in "sx".
func text(o obj, key, s string) {
	if utf8.ValidString(s) {
		o[key] = s
	} else {
		o[key+"x"] = hex.EncodeToString([]byte(s))
	}
}

// callLog lists, in order, the methods of the logged types (see logged_cases.go) that ran.
var callLog []string

// pendingID numbers the logged methods of one case's operands.
var pendingID int

// call runs one method, capturing a panic as the panic value. A method of a logged type is
// written as pending (a handle, its name and its result), and its log entry is taken back:
// the interpreter calls such methods only when fmt asks for them.
func call(f func() string) (o obj) {
	logged := len(callLog)
	defer func() {
		if p := recover(); p != nil {
			o = obj{"panic": encArg(p)}
		}
		if len(callLog) > logged {
			o["pending"], o["name"] = pendingID, callLog[logged]
			pendingID++
			callLog = callLog[:logged]
		}
	}()
	o = obj{}
	text(o, "ret", f())
	return o
}

// exposed makes a value read through an unexported field usable for method calls when it can.
func exposed(v reflect.Value) (reflect.Value, bool) {
	if v.CanInterface() {
		return v, true
	}
	if v.CanAddr() {
		return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem(), true
	}
	return v, false
}

func methods(v reflect.Value) obj {
	x, ok := exposed(v)
	if !ok {
		return nil
	}
	i := x.Interface()
	m := obj{}
	if e, ok := i.(error); ok {
		m["error"] = call(e.Error)
	}
	if s, ok := i.(fmt.Stringer); ok {
		m["string"] = call(s.String)
	}
	if g, ok := i.(fmt.GoStringer); ok {
		m["gostring"] = call(g.GoString)
	}
	if len(m) == 0 {
		return nil
	}
	return m
}

// encArg encodes a top-level operand.
func encArg(a any) obj {
	if a == nil {
		return obj{"t": "", "k": "nil"}
	}
	v := reflect.ValueOf(a)
	p := reflect.New(v.Type()) // addressable, so unexported fields can be exposed
	p.Elem().Set(v)
	return enc(p.Elem(), 0, 0)
}

// enc encodes v at nesting depth with hops pointers above it. A pointer carries its target
// when at most one pointer lies above it: Go dereferences a top-level pointer, and a pointer it
// reports under a bad verb (%!s(*T=&{...})).
func enc(v reflect.Value, depth, hops int) obj {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return obj{"t": v.Type().String(), "k": "nil"}
		}
		return enc(v.Elem(), depth, hops)
	}
	o := obj{"t": v.Type().String()}
	if m := methods(v); m != nil {
		o["m"] = m
	}
	switch v.Kind() {
	case reflect.Bool:
		o["k"], o["v"] = "bool", v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		o["k"], o["v"] = "int", v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		o["k"], o["v"] = "uint", v.Uint()
	case reflect.Float64:
		o["k"], o["bits"] = "f64", fmt.Sprintf("%016x", math.Float64bits(v.Float()))
	case reflect.Float32:
		o["k"], o["bits"] = "f32", fmt.Sprintf("%08x", math.Float32bits(float32(v.Float())))
	case reflect.String:
		o["k"] = "str"
		text(o, "s", v.String())
	case reflect.Slice, reflect.Array:
		items := []obj{}
		for i := 0; i < v.Len(); i++ {
			items = append(items, enc(v.Index(i), depth+1, hops))
		}
		o["bytes"] = v.Type().Elem().Kind() == reflect.Uint8
		if v.Kind() == reflect.Array {
			o["k"], o["items"] = "array", items
		} else {
			o["k"], o["addr"] = "slice", uint64(v.Pointer())
			if !v.IsNil() {
				o["items"] = items
			}
		}
	case reflect.Map:
		o["k"], o["addr"] = "map", uint64(v.Pointer())
		if !v.IsNil() {
			entries := [][2]obj{}
			it := v.MapRange()
			for it.Next() {
				entries = append(entries, [2]obj{enc(it.Key(), depth+1, hops), enc(it.Value(), depth+1, hops)})
			}
			o["entries"] = entries
		}
	case reflect.Struct:
		fields := []obj{}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			fields = append(fields, obj{"n": f.Name, "x": f.IsExported(), "v": enc(v.Field(i), depth+1, hops)})
		}
		o["k"], o["fields"] = "struct", fields
	case reflect.Pointer:
		o["k"], o["addr"] = "ptr", uint64(v.Pointer())
		if hops < 2 && !v.IsNil() {
			switch v.Elem().Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				o["target"] = enc(v.Elem(), depth+1, hops+1)
			}
		}
	case reflect.Func:
		o["k"], o["addr"] = "func", uint64(v.Pointer())
	case reflect.Chan:
		o["k"], o["addr"] = "chan", uint64(v.Pointer())
	case reflect.UnsafePointer:
		o["k"], o["addr"] = "unsafeptr", uint64(v.Pointer())
	default:
		panic("cases: cannot encode " + v.Type().String())
	}
	return o
}

func encArgs(args []any) []obj {
	pendingID = 0
	r := []obj{}
	for _, a := range args {
		r = append(r, encArg(a))
	}
	return r
}

// P records fmt.Sprintf(format, args...).
func P(format string, args ...any) {
	o := obj{"fn": "sprintf", "format": format, "args": encArgs(args)}
	callLog = nil
	text(o, "out", fmt.Sprintf(format, args...))
	o["calls"] = callLog
	emit(o)
}

// S records fmt.Sprint(args...).
func S(args ...any) {
	o := obj{"fn": "sprint", "args": encArgs(args)}
	callLog = nil
	text(o, "out", fmt.Sprint(args...))
	o["calls"] = callLog
	emit(o)
}

// L records fmt.Sprintln(args...).
func L(args ...any) {
	o := obj{"fn": "sprintln", "args": encArgs(args)}
	callLog = nil
	text(o, "out", fmt.Sprintln(args...))
	o["calls"] = callLog
	emit(o)
}

// E records fmt.Errorf(format, args...): its message and the messages of what it wraps.
func E(format string, args ...any) {
	o := obj{"fn": "errorf", "format": format, "args": encArgs(args)}
	callLog = nil
	err := fmt.Errorf(format, args...)
	o["calls"] = callLog
	text(o, "out", err.Error())
	unwrapped := []string{}
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		o["wraps"] = "many"
		for _, e := range u.Unwrap() {
			unwrapped = append(unwrapped, e.Error())
		}
	case interface{ Unwrap() error }:
		o["wraps"] = "one"
		if e := u.Unwrap(); e != nil {
			unwrapped = append(unwrapped, e.Error())
		}
	default:
		o["wraps"] = "none"
	}
	o["unwrapped"] = unwrapped
	emit(o)
}

// R records a library call: its name, inputs, and its result (or error, or panic message).
// Results are JSON values; floats are written as their bits (see bits) so they compare exactly.
func R(fn string, in []any, f func() (any, error)) {
	o := obj{"fn": fn, "in": in}
	func() {
		defer func() {
			if p := recover(); p != nil {
				o["panic"] = fmt.Sprint(p)
			}
		}()
		res, err := f()
		o["out"] = res
		if err != nil {
			o["err"] = err.Error()
		}
	}()
	emit(o)
}

func main() {
	panicChild()
	fmtCases()
	valueCases()
	loggedCases()
	crossCases()
	floatCases(4000)
	syntaxCases(1500)
	typeCases()
	panicCases()
	strconvCases()
	timeCases()
	stringsCases()
}
