package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("ints ", len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 41, "héllo", true, 2.5, Celsius(21.55), errors.New("oops"), []int{1, 2}, map[string]int{}, int8(3)} {
		fmt.Println(classify(v))
	}
}
