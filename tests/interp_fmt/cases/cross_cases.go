package main

import (
	"errors"
	"math"
	"math/rand"
	"time"
)

// crossCases: a fixed pseudo-random sample of flag × width × precision × verb × operand, to
// reach the combinations no hand-written case thinks of.
func crossCases() {
	flags := []string{"", "+", "-", "#", " ", "0", "#0", "+-", "- ", "+0", "# ", "-#0"}
	widths := []string{"", "1", "7", "*"}
	precs := []string{"", ".0", ".3", ".*"}
	verbs := []string{"v", "d", "s", "q", "x", "X", "o", "O", "b", "c", "U", "e", "E", "f", "g", "G", "t", "p", "T", "w"}
	label := "lbl"
	values := []any{0, -7, 42, uint8(200), uint64(math.MaxUint64), int8(-128), 'é', 3.5, -0.000123, 1e21, float32(2.75),
		math.Inf(-1), math.NaN(), "", "héllo", "a\"b\n", []byte("hi\x00"), true, nil, []int{-1, 2}, [2]string{"x", "yz"},
		map[string]int{"b": 2, "a": -1}, T{-3, "s"}, &T{4, "p"}, &label, Color(2), Celsius(-1.25), errors.New("oops"),
		time.Duration(1500) * time.Millisecond, []any{1, "two", nil}, struct{ A, b any }{1.5, "x"}, ctxKey("k"), Weekday(4)}
	rng := rand.New(rand.NewSource(42))
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	for i := 0; i < 3000; i++ {
		w, p := pick(widths), pick(precs)
		format := "%" + pick(flags) + w + p + pick(verbs)
		var args []any
		if w == "*" {
			args = append(args, rng.Intn(13)-4)
		}
		if p == ".*" {
			args = append(args, rng.Intn(6)-1)
		}
		args = append(args, values[rng.Intn(len(values))])
		P("<"+format+">", args...)
	}
}
