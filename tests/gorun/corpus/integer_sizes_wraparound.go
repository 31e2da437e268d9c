package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c = -c
	fmt.Println(c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println(d)
	var e int64 = 1 << 62
	fmt.Println(e*2, e*4)
	var u uint = 3
	fmt.Println(u - 4 > 0)
	var by byte = 'A'
	fmt.Println(by, by+1, string(rune(by+2)))
	x := 255
	fmt.Println(int8(x), uint16(x*275), int32(1<<31-1)+int32(x-254)*0)
	fmt.Println(7>>1, -7>>1, uint8(200)>>2)
}
