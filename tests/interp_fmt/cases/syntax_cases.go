package main

import (
	"math/rand"
	"strconv"
	"time"
)

// syntaxCases: parsers over a fixed pseudo-random sample of short strings drawn from the
// characters their syntax uses, so that odd spellings are compared with Go too.
func syntaxCases(n int) {
	rng := rand.New(rand.NewSource(11))
	gen := func(alphabet string, max int) string {
		b := make([]byte, rng.Intn(max+1))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(b)
	}
	for i := 0; i < n; i++ {
		f := gen("0123456789.eE+-_xXpPabcfinINFtyNa", 9)
		R("ParseFloat", []any{str(f), 64}, func() (any, error) { v, err := strconv.ParseFloat(f, 64); return bits(v), err })
		k := gen("0123456789_xXbBoO+-abcfzAZ", 7)
		base := []int{0, 2, 8, 10, 16, 36}[rng.Intn(6)]
		R("ParseInt", []any{str(k), base, 16}, func() (any, error) { return strconv.ParseInt(k, base, 16) })
		d := gen("0123456789.hmsnuµ+-", 8)
		R("ParseDuration", []any{str(d)}, func() (any, error) { v, err := time.ParseDuration(d); return int64(v), err })
		q := gen("\"'`\\abnx0173uU\n", 8)
		R("Unquote", []any{str(q)}, func() (any, error) { u, err := strconv.Unquote(q); return str(u), err })
		l := gen("2006-01-02T15:04:05.999Z07:00JanMonPM_ ", 12)
		R("Time.Format", []any{int64(1257894000 + i*7919), int64(i * 1234567), "", -(i % 40) * 900, l}, func() (any, error) {
			return time.Unix(int64(1257894000+i*7919), int64(i*1234567)).In(time.FixedZone("", -(i%40)*900)).Format(l), nil
		})
	}
}
