package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond,
		250 * time.Millisecond, time.Second, 1500 * time.Millisecond, time.Minute + 30*time.Second,
		2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, -3 * time.Second, 100 * time.Hour,
	}
	for _, d := range ds {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	fmt.Printf("%v %s %d\n", 2*time.Second, time.Minute, time.Millisecond)
	fmt.Println(time.Duration(1234567890).Round(time.Millisecond), time.Duration(1234567890).Truncate(time.Second))
	fmt.Println(time.Hour.Minutes(), (90 * time.Second).Minutes())
}
