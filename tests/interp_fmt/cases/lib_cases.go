package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// str writes a Go string input: as text when valid UTF-8, else as {"hex": ...}.
func str(s string) any {
	if utf8.ValidString(s) {
		return s
	}
	return obj{"hex": hex.EncodeToString([]byte(s))}
}

func bits(f float64) string { return fmt.Sprintf("%016x", math.Float64bits(f)) }

var quoteInputs = []string{"", "hello", "héllo, 世界", "tab\t nl\n cr\r bell\a bs\b ff\f vt\v", "nul\x00 del\x7f esc\x1b",
	"quote\" apos' back\\ tick`", "\xff\xfe", "bad\xe2\x82", "\xc0\xaf", "\xed\xa0\x80", "\u00ad soft", "\u200b zwsp",
	"\u2028\u2029", "\ufeff bom", "\U0001F600 emoji", "\U000E0001 tag", "\ufffd", "\u0301 combining", "\u00a0nbsp",
	"\U0010FFFF", "\u0085 nel", "\u3000 ideo", "ǅ title", "\U0001D11E clef", "a\tb"}

func strconvCases() {
	for _, s := range quoteInputs {
		R("Quote", []any{str(s)}, func() (any, error) { return str(strconv.Quote(s)), nil })
		R("QuoteToASCII", []any{str(s)}, func() (any, error) { return str(strconv.QuoteToASCII(s)), nil })
		R("CanBackquote", []any{str(s)}, func() (any, error) { return strconv.CanBackquote(s), nil })
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xad, 0x263a, 0x1F600, 0xFFFD, -1, 0xD800, 0x110000, 0xE0001, '`'} {
		R("QuoteRune", []any{r}, func() (any, error) { return str(strconv.QuoteRune(r)), nil })
		R("QuoteRuneToASCII", []any{r}, func() (any, error) { return str(strconv.QuoteRuneToASCII(r)), nil })
	}
	unq := []string{`""`, `"abc"`, `"a\tb\n"`, `"\x41\101\u00e9\U0001F600"`, `"\'"`, `'\''`, `'a'`, `'ab'`, `''`, `'\n'`, `'é'`,
		"`raw\\n`", "`a\r\nb`", "`a`b`", `"a"b"`, `"\q"`, `"\x4"`, `"\400"`, `"\377"`, `"\ud800"`, `"\U00110000"`, `"abc`, `abc`,
		`"`, "", "\"a\nb\"", "`a\nb`", "\"\xff\"", "'\xff'", `"\xff"`, `'\xff'`, `"\\"`, `"\"`, `'"'`, `"'"`, `"é"`, `"a\"b"`}
	for _, s := range unq {
		R("Unquote", []any{str(s)}, func() (any, error) { u, err := strconv.Unquote(s); return str(u), err })
	}
	for _, i := range []int64{0, 1, -1, 42, -42, 255, 1 << 40, math.MaxInt64, math.MinInt64} {
		R("Itoa", []any{i}, func() (any, error) { return strconv.Itoa(int(i)), nil })
		for _, b := range []int{2, 8, 10, 16, 36} {
			R("FormatInt", []any{i, b}, func() (any, error) { return strconv.FormatInt(i, b), nil })
			R("FormatUint", []any{uint64(i), b}, func() (any, error) { return strconv.FormatUint(uint64(i), b), nil })
		}
	}
	for _, b := range []int{1, 37, 0, -1} {
		R("FormatInt", []any{42, b}, func() (any, error) { return strconv.FormatInt(42, b), nil })
	}
	atoi := []string{"", "0", "-0", "+5", "-17", "12a", " 1", "1 ", "+", "-", "1_000", "0x10", "٣", "007",
		"123456789012345678", "1234567890123456789", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "99999999999999999999", "-99999999999999999999", "1e3", "\xff"}
	for _, s := range atoi {
		R("Atoi", []any{str(s)}, func() (any, error) { n, err := strconv.Atoi(s); return n, err })
	}
	ints := []string{"0", "-0", "42", "-42", "0x1f", "0X1F", "-0x1f", "0b101", "0o17", "017", "0", "08", "0x", "0b", "0o",
		"1_000", "1__000", "_1000", "1000_", "0x_1f", "0_17", "ff", "FF", "z", "Z", "zz", "127", "128", "-128", "-129",
		"255", "256", "32767", "2147483648", "-2147483649", "18446744073709551615", "18446744073709551616", "+1", "--1", ""}
	for _, s := range ints {
		for _, bb := range [][2]int{{0, 64}, {10, 64}, {16, 64}, {36, 64}, {0, 8}, {10, 16}, {10, 32}, {2, 0}, {8, 0}} {
			R("ParseInt", []any{str(s), bb[0], bb[1]}, func() (any, error) { return strconv.ParseInt(s, bb[0], bb[1]) })
			R("ParseUint", []any{str(s), bb[0], bb[1]}, func() (any, error) { return strconv.ParseUint(s, bb[0], bb[1]) })
		}
	}
	for _, bb := range [][2]int{{1, 64}, {37, 64}, {-1, 64}, {10, 65}, {10, -1}, {0, 1}} {
		R("ParseInt", []any{"5", bb[0], bb[1]}, func() (any, error) { return strconv.ParseInt("5", bb[0], bb[1]) })
		R("ParseUint", []any{"5", bb[0], bb[1]}, func() (any, error) { return strconv.ParseUint("5", bb[0], bb[1]) })
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "", " true"} {
		R("ParseBool", []any{s}, func() (any, error) { return strconv.ParseBool(s) })
	}
	floats := []string{"3.14", "1e10", "1E-5", ".5", "5.", "-.5", "+1.5", "inf", "-Inf", "+INFINITY", "Infinity", "infin", "nan",
		"NaN", "+nan", "-nan", "1e400", "-1e400", "1e-400", "2e-324", "3e-324", "0x1p-2", "0x1.8p1", "0X1P+3", "0x1",
		"0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x.8p1", "1_000.5", "1__0", "_1", "0x_1p0",
		"1_e5", "abc", "", "1e", "1e+", "1e-", "0.1", "0.30000000000000004", "3.4028235e38", "3.5e38", "1e39", "1e-46", "1e-45",
		"4.9406564584124654e-324", "2.2250738585072011e-308", "1.7976931348623157e308", "1.7976931348623159e308", "123456789012345678901234567890",
		"0.000000000000000000000000000000000000000000001", "-0", "+0", "0e99999", "1e99999", "00012.5000", "1.5e+308", ".", "e5", "1.2.3", "1e5.5",
		"0x1.8", "0x1p", "1.e5", ".e5", "-.5e-3", "1_0.5", "0x1_0p0", "1e+0_1", "0x1p+", "0x.p1", "9007199254740993", "1.00000005960464477539062499", "1.000000059604644775390625", "  1"}
	for _, s := range floats {
		for _, bs := range []int{64, 32} {
			R("ParseFloat", []any{s, bs}, func() (any, error) { f, err := strconv.ParseFloat(s, bs); return bits(f), err })
		}
	}
	ff := []float64{0, math.Copysign(0, -1), 1, -2.5, 0.1, 1.0 / 3, 123456789, 1e21, 1e-7, 5e-324, math.MaxFloat64, 100, 0.000123,
		math.Inf(1), math.NaN(), 2.5, 0.5, 1.5, 1e23, 8.41e21, 9.5, 99.99, float64(float32(0.1)), float64(float32(16777217))}
	for _, f := range ff {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 3, 17} {
				for _, bs := range []int{64, 32} {
					R("FormatFloat", []any{bits(f), string(fm), prec, bs}, func() (any, error) { return strconv.FormatFloat(f, fm, prec, bs), nil })
				}
			}
		}
	}
	// Exact midpoints between two shortest candidates: Go takes the even one.
	for _, t := range []struct {
		b  uint64
		bs int
	}{{0x414afaad23d70a3d, 32}, {0x4114aed08a3d70a4, 32}, {0x431c9af8d2b1ace9, 64}, {0xc2e17824afa82164, 64},
		{0x431feccbcd599b59, 64}, {0x4142e285228f5c29, 32}} {
		f := math.Float64frombits(t.b)
		for _, fm := range []byte{'e', 'f', 'g'} {
			R("FormatFloat", []any{bits(f), string(fm), -1, t.bs}, func() (any, error) { return strconv.FormatFloat(f, fm, -1, t.bs), nil })
		}
	}
	R("FormatFloat", []any{bits(1.5), "q", 2, 64}, func() (any, error) { return strconv.FormatFloat(1.5, 'q', 2, 64), nil })
	R("FormatFloat", []any{bits(0.1), "f", 60, 64}, func() (any, error) { return strconv.FormatFloat(0.1, 'f', 60, 64), nil })
	R("FormatFloat", []any{bits(1e300), "f", 2, 64}, func() (any, error) { return strconv.FormatFloat(1e300, 'f', 2, 64), nil })
	R("FormatFloat", []any{bits(5e-324), "e", 40, 64}, func() (any, error) { return strconv.FormatFloat(5e-324, 'e', 40, 64), nil })
}

func timeCases() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, time.Microsecond + 1, 999999, time.Millisecond, 1500000, 999999999,
		time.Second, 1500 * time.Millisecond, 61 * time.Second, time.Hour, 3723500 * time.Millisecond, 100 * time.Hour,
		-1, -1500 * time.Millisecond, -time.Hour, math.MaxInt64, math.MinInt64, 90 * time.Minute, 2*time.Hour + 3*time.Nanosecond,
		59*time.Minute + 59*time.Second + 999999999}
	ms := []time.Duration{0, -1, 1, time.Millisecond, time.Second, time.Minute, time.Hour, 7 * time.Second, 1<<63 - 1}
	for _, d := range ds {
		R("Duration.String", []any{int64(d)}, func() (any, error) { return d.String(), nil })
		R("Duration.Hours", []any{int64(d)}, func() (any, error) { return bits(d.Hours()), nil })
		R("Duration.Minutes", []any{int64(d)}, func() (any, error) { return bits(d.Minutes()), nil })
		R("Duration.Seconds", []any{int64(d)}, func() (any, error) { return bits(d.Seconds()), nil })
		R("Duration.Milliseconds", []any{int64(d)}, func() (any, error) { return d.Milliseconds(), nil })
		R("Duration.Microseconds", []any{int64(d)}, func() (any, error) { return d.Microseconds(), nil })
		R("Duration.Abs", []any{int64(d)}, func() (any, error) { return int64(d.Abs()), nil })
		for _, m := range ms {
			R("Duration.Round", []any{int64(d), int64(m)}, func() (any, error) { return int64(d.Round(m)), nil })
			R("Duration.Truncate", []any{int64(d), int64(m)}, func() (any, error) { return int64(d.Truncate(m)), nil })
		}
	}
	R("Layouts", []any{}, func() (any, error) {
		return []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
			time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
			time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly}, nil
	})
	for _, s := range []string{"0", "-0", "+0", "", "1", "1s", "-1.5s", "1h30m", "1h2m3.5s", "300ms", "2us", "2µs", "2μs", "1.5ns",
		".5s", "5.s", ".s", "1d", "1.2.3s", "1sm", "1s2", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns",
		"2562047h47m16.854775807s", "2562048h", "1.00000000000000000000001s", "0.3333333333333333333h", "1\"x", "1\u00e9", "1\xff",
		"3m-2s", "+-1s", "1e3s", "100000000000000000000ns", "1h1h", "0.000000001s", " 1s"} {
		s = strings.ReplaceAll(s, `\"`, `"`)
		s = strings.ReplaceAll(s, `\u00e9`, "é")
		s = strings.ReplaceAll(s, `\xff`, "\xff")
		R("ParseDuration", []any{str(s)}, func() (any, error) { d, err := time.ParseDuration(s); return int64(d), err })
	}
	for _, t := range []int64{0, 1257894000123456789, -1, -1500000} {
		R("Time.UnixMilli", []any{t / 1e9, t % 1e9}, func() (any, error) { return time.Unix(t/1e9, t%1e9).UnixMilli(), nil })
	}
	for _, m := range []time.Month{0, 1, 12, 13} {
		R("Month.String", []any{int64(m)}, func() (any, error) { return m.String(), nil })
	}
	for _, w := range []time.Weekday{0, 6, 7, -1} {
		R("Weekday.String", []any{int64(w)}, func() (any, error) { return w.String(), nil })
	}
	instants := [][2]int64{{0, 0}, {1257894000, 0}, {1257894000, 123456789}, {1257894000, 1000}, {1257894000, 100000000},
		{-1, 999999999}, {-86400 * 366, 5}, {951782400, 0}, {1709164800 + 3661, 7}, {253402300799, 999999999},
		{1234567890, 120000000}, {1700000000, 500}, {-62135596800, 0}, {43200, 0}, {46800 + 60*5, 0}, {1704067199, 0}}
	zones := []struct {
		name string
		off  int
	}{{"UTC", 0}, {"EST", -5 * 3600}, {"", 5*3600 + 30*60}, {"X", 3600 + 1}, {"", -(9*3600 + 30*60 + 15)}}
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro,
		time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly, "15:04:05.000", "2006-01-02", "Jan _2", "__2 002",
		"3:04:05 pm", "Monday, January 2, 2006", "05.999|05,000|.9|.000000", "06 1 2 3 4 5", "Z0700|Z07|-07|-07:00:00|Z07:00:00|-070000|Z070000",
		"MST", "Janet Monda", "2006_2006 _2006", "15h04m", "no elements", "01/02/06", ".0000000000"}
	for _, in := range instants {
		for _, z := range zones {
			t := time.Unix(in[0], in[1]).In(time.FixedZone(z.name, z.off))
			if z.name == "UTC" && z.off == 0 {
				t = t.UTC()
			}
			key := []any{in[0], in[1], z.name, z.off}
			R("Time.String", key, func() (any, error) { return t.String(), nil })
			R("Time.Fields", key, func() (any, error) {
				y, mo, d := t.Date()
				return fmt.Sprint(y, int(mo), d, t.Hour(), t.Minute(), t.Second(), int(t.Weekday()), t.YearDay(), t.UnixNano()), nil
			})
			for _, l := range layouts {
				R("Time.Format", append(key, l), func() (any, error) { return t.Format(l), nil })
			}
		}
	}
	base := time.Unix(1257894000, 0).UTC()
	for _, d := range []time.Duration{0, 1, -1, time.Hour, -36 * time.Hour, 1500 * time.Millisecond, 365 * 24 * time.Hour} {
		R("Time.Add", []any{int64(1257894000), int64(0), int64(d)}, func() (any, error) { return base.Add(d).String(), nil })
		R("Time.Sub", []any{int64(1257894000), int64(0), int64(d)}, func() (any, error) { return int64(base.Add(d).Sub(base)), nil })
	}
	R("Time.Sub", []any{int64(-62135596800), int64(0), "max"}, func() (any, error) {
		return int64(time.Unix(253402300799, 0).Sub(time.Unix(-62135596800, 0))), nil
	})
}

func stringsCases() {
	splits := [][2]string{{"a,b,c", ","}, {"a,b,c", ""}, {"", ","}, {"", ""}, {"abc", "abc"}, {",a,", ","}, {"a  b", " "},
		{"héllo", ""}, {"a::b::c", "::"}, {"aaa", "a"}, {"xyz", "q"}}
	for _, p := range splits {
		s, sep := p[0], p[1]
		R("Split", []any{s, sep}, func() (any, error) { return strings.Split(s, sep), nil })
		R("SplitAfter", []any{s, sep}, func() (any, error) { return strings.SplitAfter(s, sep), nil })
		for _, n := range []int{-1, 0, 1, 2, 10} {
			R("SplitN", []any{s, sep, n}, func() (any, error) { return strings.SplitN(s, sep, n), nil })
			R("SplitAfterN", []any{s, sep, n}, func() (any, error) { return strings.SplitAfterN(s, sep, n), nil })
		}
		R("Count", []any{s, sep}, func() (any, error) { return strings.Count(s, sep), nil })
		R("Index", []any{s, sep}, func() (any, error) { return strings.Index(s, sep), nil })
		R("LastIndex", []any{s, sep}, func() (any, error) { return strings.LastIndex(s, sep), nil })
		R("Contains", []any{s, sep}, func() (any, error) { return strings.Contains(s, sep), nil })
		R("ContainsAny", []any{s, sep}, func() (any, error) { return strings.ContainsAny(s, sep), nil })
		R("IndexAny", []any{s, sep}, func() (any, error) { return strings.IndexAny(s, sep), nil })
		R("HasPrefix", []any{s, sep}, func() (any, error) { return strings.HasPrefix(s, sep), nil })
		R("HasSuffix", []any{s, sep}, func() (any, error) { return strings.HasSuffix(s, sep), nil })
	}
	for _, s := range []string{"  a b\tc\n", "", "   ", "a\u00a0b\u2003c\u0085d\u1680e", "x\u200by", "one", "\v\fa\r"} {
		R("Fields", []any{s}, func() (any, error) { return strings.Fields(s), nil })
		R("TrimSpace", []any{s}, func() (any, error) { return strings.TrimSpace(s), nil })
	}
	for _, r := range [][2]any{{"ab", 3}, {"x", 0}, {"", 5}, {"x", -1}, {"héllo", 2}, {"ab", math.MaxInt64/2 + 1}, {"", math.MaxInt64}} {
		s, n := r[0].(string), r[1].(int)
		R("Repeat", []any{s, n}, func() (any, error) { return strings.Repeat(s, n), nil })
	}
	reps := [][3]string{{"oink oink oink", "k", "ky"}, {"oink oink oink", "oink", "moo"}, {"abc", "", "-"}, {"héllo", "", "|"},
		{"aaa", "a", "a"}, {"", "", "x"}, {"aaaa", "aa", "b"}, {"abc", "z", "y"}}
	for _, r := range reps {
		for _, n := range []int{-1, 0, 1, 2, 5} {
			R("Replace", []any{r[0], r[1], r[2], n}, func() (any, error) { return strings.Replace(r[0], r[1], r[2], n), nil })
		}
		R("ReplaceAll", []any{r[0], r[1], r[2]}, func() (any, error) { return strings.ReplaceAll(r[0], r[1], r[2]), nil })
	}
	trims := [][2]string{{"xxhixx", "x"}, {"abcba", "ab"}, {"abcba", "ba"}, {"", ""}, {"hi", ""}, {"héé", "é"}, {"  hi  ", " "},
		{"xx", "xx"}, {"prefix-body", "prefix-"}}
	for _, t := range trims {
		s, c := t[0], t[1]
		R("TrimLeft", []any{s, c}, func() (any, error) { return strings.TrimLeft(s, c), nil })
		R("TrimRight", []any{s, c}, func() (any, error) { return strings.TrimRight(s, c), nil })
		R("Trim", []any{s, c}, func() (any, error) { return strings.Trim(s, c), nil })
		R("TrimPrefix", []any{s, c}, func() (any, error) { return strings.TrimPrefix(s, c), nil })
		R("TrimSuffix", []any{s, c}, func() (any, error) { return strings.TrimSuffix(s, c), nil })
	}
	for _, in := range []any{[]any{"chicken", int64('k')}, []any{"héllo", int64('l')}, []any{"abc", int64(-1)}, []any{"a\ufffdb", int64(0xFFFD)},
		[]any{"abc", int64(0xD800)}, []any{"日本語", int64('語')}, []any{"abc", int64('a')}} {
		s, r := in.([]any)[0].(string), in.([]any)[1].(int64)
		R("IndexRune", []any{s, r}, func() (any, error) { return strings.IndexRune(s, rune(r)), nil })
		R("ContainsRune", []any{s, r}, func() (any, error) { return strings.ContainsRune(s, rune(r)), nil })
		R("IndexByte", []any{s, r & 0xff}, func() (any, error) { return strings.IndexByte(s, byte(r)), nil })
	}
	folds := [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"ß", "ẞ"}, {"K", "\u212a"}, {"k", "\u212a"}, {"ſ", "S"}, {"σ", "ς"},
		{"Σ", "ς"}, {"a", "b"}, {"", ""}, {"abc", "ab"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"İ", "i"}, {"ı", "I"}, {"Å", "\u212b"}, {"µ", "Μ"}}
	for _, f := range folds {
		R("EqualFold", []any{f[0], f[1]}, func() (any, error) { return strings.EqualFold(f[0], f[1]), nil })
	}
	for _, s := range []string{"héllo wörld ß", "İSTANBUL", "ǅ", "ᾳ", "ﬀ", "Gopher"} {
		R("ToUpper", []any{s}, func() (any, error) { return strings.ToUpper(s), nil })
		R("ToLower", []any{s}, func() (any, error) { return strings.ToLower(s), nil })
	}
	for _, c := range [][2]string{{"key=value", "="}, {"novalue", "="}, {"a=b=c", "="}, {"", ""}, {"abc", ""}, {"héllo", "é"}} {
		R("Cut", []any{c[0], c[1]}, func() (any, error) { b, a, f := strings.Cut(c[0], c[1]); return []any{b, a, f}, nil })
		R("CutPrefix", []any{c[0], c[1]}, func() (any, error) { r, f := strings.CutPrefix(c[0], c[1]); return []any{r, f}, nil })
		R("CutSuffix", []any{c[0], c[1]}, func() (any, error) { r, f := strings.CutSuffix(c[0], c[1]); return []any{r, f}, nil })
	}
	R("Join", []any{[]string{"a", "b", "c"}, ", "}, func() (any, error) { return strings.Join([]string{"a", "b", "c"}, ", "), nil })
	R("Join", []any{[]string{}, ","}, func() (any, error) { return strings.Join(nil, ","), nil })
	// Every rune whose simple case mappings are not itself: [rune, upper, lower].
	var table [][3]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if u, l := unicode.ToUpper(r), unicode.ToLower(r); u != r || l != r {
			table = append(table, [3]rune{r, u, l})
		}
	}
	R("CaseTable", []any{}, func() (any, error) { return table, nil })
	// Every simple-folding orbit of more than one rune (what EqualFold treats as equal).
	var orbits [][]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		if len(orbit) > 1 && slices.Min(orbit) == r {
			orbits = append(orbits, orbit)
		}
	}
	R("FoldOrbits", []any{}, func() (any, error) { return orbits, nil })
}
