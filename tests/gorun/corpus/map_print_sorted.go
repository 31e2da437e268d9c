package main

import "fmt"

func main() {
	ages := map[string]int{"zoe": 31, "adam": 25, "mia": 40, "bob": 19}
	fmt.Println(ages)
	ints := map[int]string{10: "ten", -1: "minus one", 3: "three"}
	fmt.Println(ints)
	fmt.Printf("%v\n%+v\n", map[bool]int{true: 1, false: 0}, map[float64]bool{2.5: true, -1: false})
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(nested, len(nested))
	var nilMap map[string]int
	fmt.Println(nilMap, nilMap == nil, len(nilMap), nilMap["x"])
	fmt.Printf("%#v\n", map[string]int{"y": 2, "x": 1})
}
