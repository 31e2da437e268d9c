package main

import "fmt"

type Stringer interface{ String() string }

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprint(t.C, "C") }

func main() {
	var s Stringer = Temp{21}
	fmt.Println(s)
}
