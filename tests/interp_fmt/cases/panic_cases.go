package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

type K string
type W int
type F float64
type B bool

// panicValues are panicked one per child process (see main): Go prints them on its way out.
var panicValues = []any{"boom", "multi\nline\n", errors.New("x"), fmt.Errorf("w: %w\nsecond", errors.New("in")), 42, int8(-3),
	uint(7), uintptr(9), 3.5, 1e21, 1e6, float32(1.5), float32(0.1), true, K("k"), K("a\nb"), W(3), F(2.5), B(false),
	Color(1), Celsius(21.5), ValErr{"v"}, &MyErr{3}, &T{2, "p"}, map[string]int{}, (*T)(nil), 'x', byte(5), math.Inf(1),
	math.NaN(), math.Copysign(0, -1), make(chan int), Weekday(2), ctxKey("user"), Both{}}

// panicChild panics with panicValues[i] when this process was started to do so.
func panicChild() {
	if i, err := strconv.Atoi(os.Getenv("FMT_CASES_PANIC")); err == nil {
		emit(encArg(panicValues[i])) // from this process, so addresses match what it prints
		panic(panicValues[i])
	}
}

// panicCases records, for each value, the text after "panic: " that a child process printed,
// with the value as that child encoded it.
func panicCases() {
	for i := range panicValues {
		var stdout, stderr strings.Builder
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "FMT_CASES_PANIC="+strconv.Itoa(i))
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		_ = cmd.Run() // exits 2, as a panic does
		var arg obj
		dec := json.NewDecoder(strings.NewReader(stdout.String()))
		dec.UseNumber() // keep 64-bit integers exact
		if err := dec.Decode(&arg); err != nil {
			panic(err)
		}
		text, _, _ := strings.Cut(strings.TrimPrefix(stderr.String(), "panic: "), "\n\ngoroutine ")
		emit(obj{"fn": "PanicText", "args": []obj{arg}, "out": text})
	}
}
