package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const big = 1 << 62
const pi = 3.14159
const greeting = "hi"

type Level uint8

const (
	Low Level = iota + 1
	Mid
	High
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T %v\n", Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(big/(1<<60), pi*2, greeting+"!")
	var f float64 = 1 / 2
	var g float64 = 1.0 / 2
	fmt.Println(f, g)
	fmt.Println(Low, Mid, High)
	fmt.Printf("%T\n", High)
	const typed int64 = 5
	fmt.Printf("%T %T %T\n", typed, 5, 'x')
}
