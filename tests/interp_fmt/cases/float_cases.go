package main

import (
	"math"
	"math/rand"
	"strconv"
)

// floatCases: strconv.FormatFloat over a fixed pseudo-random sample of float64 and float32
// values (raw bit patterns, short decimals, halfway points), in every decimal format.
func floatCases(n int) {
	rng := rand.New(rand.NewSource(7))
	formats := []struct {
		fmt  byte
		prec int
	}{{'g', -1}, {'e', -1}, {'f', -1}, {'e', 4}, {'f', 2}, {'g', 12}, {'G', 3}, {'f', 0}}
	for i := 0; i < n; i++ {
		var f float64
		switch i % 4 {
		case 0:
			f = math.Float64frombits(rng.Uint64())
		case 1:
			f = float64(rng.Int63n(1e9)) / math.Pow(10, float64(rng.Intn(12)))
		case 2:
			f = (float64(rng.Int63n(1e6)) + 0.5) / math.Pow(10, float64(rng.Intn(4)))
		default:
			f = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(60)-30))
		}
		fm := formats[rng.Intn(len(formats))]
		bs := 64
		if rng.Intn(3) == 0 {
			bs = 32
		}
		R("FormatFloat", []any{bits(f), string(fm.fmt), fm.prec, bs}, func() (any, error) {
			return strconv.FormatFloat(f, fm.fmt, fm.prec, bs), nil
		})
	}
}
