package main

import (
	"errors"
	"math"
	"time"
)

// fmtCases: verbs, flags, widths and precisions over basic values, and the error forms.
func fmtCases() {
	ints := []any{0, 1, -1, 42, -42, 255, 1 << 40, math.MaxInt64, math.MinInt64, int8(-128), int16(300),
		int32(-70000), uint(7), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(4096)}
	for _, verb := range []string{"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%o", "%#o", "%O",
		"%b", "%#b", "%.3d", "%8.3d", "%08.3d", "%#v", "%+v", "%T", "%q", "%c", "%U", "%#U", "% x", "%+.0d", "%s", "%t"} {
		for _, i := range ints {
			P(verb, i)
		}
	}
	P("%.0d|%5.0d|%-5.0d|", 0, 0, 0)
	P("%c%c%c%c", 'G', 'ö', '世', 0x1F600)
	P("%c|%q|%U|%#U", -1, -1, -1, -1)
	P("%c|%q|%+q|%#U", 0x110000, 0x110000, 0xD800, 0xD800)
	P("%q %q %q %q %q %+q %+q", 'a', '\'', '\n', '\x00', '世', '世', 0x1F600)
	P("%q|%#q|%+q", '\u00ad', '`', 'é')
	P("%6.2U|%-10U|%010U|%.6U", 'x', 'x', 'x', 'x')

	floats := []any{0.0, math.Copysign(0, -1), 1.0, -1.5, 3.14159265358979, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0,
		0.1, 0.2 + 0.1, 1.0 / 3, 2.5, 0.125, 100, 1e100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), float32(0.1), float32(1.0) / 3, float32(16777216), float32(1e-7), 1e23, 9.999999e-5}
	for _, verb := range []string{"%v", "%g", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3e", "%.3g", "%10.3f|", "%-10.3f|",
		"%+.2f", "% .2f", "%010.2f", "%#g", "%#.3g", "%#v", "%G", "%.10g", "%b", "%x", "%X", "%.2x", "%#.0f", "%+v", "%#e", "%s", "%d",
		"%08v", "%-08v|", "%+08.3e", "% 08.2f"} {
		for _, f := range floats {
			P(verb, f)
		}
	}
	P("%.20f|%.30e|%.17g|%.40f", 0.1, 1.0/3, 0.1, 1e-30)
	P("%.1f %.1f %.1f %.1f %.0f %.0f %.0f", 0.05, 0.15, 0.25, 0.35, 0.5, 1.5, 2.5)
	P("%6.2f|%-8.3e|%+g|% g", math.Inf(1), math.NaN(), math.NaN(), math.Inf(-1))
	P("%05v|%-5v|%+5v|% 5v", math.NaN(), math.Inf(1), math.Inf(-1), math.NaN())

	strs := []any{"", "hi", "héllo, 世界", "tab\there", "quote\"back\\", "\x00\x7f\xff", "bad\xe2\x82utf", "`raw`", "\u00ad\u200b\ufeff",
		"new\nline", "😀", "\ufffd"}
	for _, verb := range []string{"%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "% #X", "%v", "%#v", "%8s|", "%-8s|", "%.2s",
		"%.0s|", "%5.1q", "%08s", "%d", "%T", "%10x|", "%-10x|", "%.3x", "%5.2X|", "%c", "%08q"} {
		for _, s := range strs {
			P(verb, s)
		}
	}

	bs := []any{[]byte("hi"), []byte{}, []byte(nil), []byte{0, 1, 255}, [3]byte{'a', 'b', 'c'}, []uint8("héllo"), Bytes("named")}
	for _, verb := range []string{"%s", "%q", "%x", "%X", "% x", "%#x", "%v", "%#v", "%d", "%T", "%5s|", "%.1s", "%c", "%o", "%+v"} {
		for _, b := range bs {
			P(verb, b)
		}
	}

	for _, verb := range []string{"%v", "%t", "%5t|", "%-6t|", "%#v", "%d", "%s", "%q", "%T"} {
		P(verb, true)
		P(verb, false)
	}

	// Error forms.
	P("%d", "hi")
	P("%s", 12)
	P("%d %d", 1)
	P("%d", 1, 2)
	P("%d", 1, "x", nil, 2.5)
	P("hi", 1)
	P("%!", 1)
	P("%")
	P("abc%")
	P("%-")
	P("%5.2")
	P("%z", 3)
	P("%z", "s")
	P("%s", nil)
	P("%d", nil)
	P("%v %T", nil, nil)
	P("%5v|%-6v|", nil, nil)
	P("%!d", 1)
	P("%%|%5%|%-5%|%d%%", 50)
	P("%[2]d %[1]d", 1, 2)
	P("%[3]d", 1, 2)
	P("%[0]d", 1)
	P("%[x]d", 1)
	P("%[1]d %d %d", 1, 2)
	P("%[2]*[1]d|", 12, 5)
	P("%*d|%-*d|%*d|", 5, 42, 5, 42, -5, 42)
	P("%.*f|%*.*f|", 2, math.Pi, 8, 3, math.Pi)
	P("%*d", "x", 1)
	P("%.*d", "x", 1)
	P("%.*d", -1, 42)
	P("%*d", 10000000, 1)
	P("%*d", uint8(3), 1)
	P("%[1]*d", 3)
	P("%[2]d %[2]d", 1, 2)
	P("%[1]d%[1]q", 65)
	P("%[5]d", 1)
	P("%.[2]d", 1, 2)
	P("%[3]2d", 1, 2, 3)
	P("%-010d|%+-5d|%+ d|% +d", 7, 7, 7, 7)
	P("%#X|%#o|%#b|%#O", 255, 8, 5, 8)
	P("%x|%X|%#x|% x", -255, -255, -255, -255)
	P("%8.3x|%-8.3X|%08x", 10, 10, -10)
	P("%3c|%-3c|%03c", 'x', 'x', 'x')
	P("%.3v|%10.4v|%-10v|", "abcdef", "abcdef", "ab")
	P("%2s|%2s", "世界世", "ü")
	P("%v %v %v", 'x', byte('x'), "x")
	P("%x %X", "héllo", []string{"ab", "cd"})
	P("%s", []string{"a", "b"})
	P("%q", []string{"a", "b\n"})
	P("%v|%d|%s", []any{1, "a", nil, 2.5}, []any{1, "a"}, []any{1, "a"})
	P("%5v|%-4d|%03d", []int{1, 2}, []int{1, 2}, []int{1, -2})
	P("%x|%X|% x|%#x", []int{10, 255}, []int{10, 255}, []int{10, 255}, []int{10, 255})
	P("%.2f|%6.1f", []float64{1, 2.345}, []float64{1, 2.345})
	P("%t|%s", []bool{true, false}, []bool{true})
	P("%v|%v", [2]int{1, 2}, [0]int{})
	P("%v|%d|%s|%x", [][]int{{1, 2}, {3}}, [][]int{{1}}, [][]string{{"a"}}, [][]byte{{1, 2}})
	P("%p|%v|%T", []int(nil), []int(nil), []int(nil))
	P("%v %d", time.Second, time.Second)
	P("%s|%v|%d|%x|%q", time.Duration(1500), time.Duration(1500), time.Duration(1500), time.Duration(1500), time.Duration(1500))
	P("%8v|%-8v|%08v", time.Millisecond, time.Millisecond, time.Millisecond)
	P("%v|%s|%q|%x|%d", errors.New("boom"), errors.New("boom"), errors.New("boom"), errors.New("boom"), errors.New("boom"))
	P("%10v|%-10s|%.2v", errors.New("boom"), errors.New("boom"), errors.New("boom"))
	P("%w", errors.New("boom"))
	P("%w", 5)
	P("%w", nil)
	S(1, 2, "a", "b", 3, nil, 4.5, true, "c", []int{1}, errors.New("e"), time.Second)
	S()
	S("a", 1, 2, "b")
	S(1, "a", 2)
	S(nil, nil, "x", nil)
	S(MyString("ms"), 1, MyString("ms2"))
	S(Color(1), Color(2), "x", Color(9))
	S([]byte("ab"), []byte("cd"))
	L(1, 2, "a", "b", 3, nil, 4.5, true, "c")
	L()
	L("only")
	L(nil)
	L(Color(2), 3.0, float32(2.5), -0.0, math.Copysign(0, -1), 1e21, 1e20, 100000000.0, 123456.7)
	L(int8(-5), uint8(5), 'a', "é", []rune("hé"), []byte("hé"))
}
