package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	later := now.Add(90 * time.Second)
	earlier := now.Add(-time.Hour)
	fmt.Println(later.After(now), later.Before(now), earlier.Before(now))
	fmt.Println(later.Sub(earlier), now.Sub(later))
	fmt.Println(now.Add(time.Minute).Equal(later.Add(-30 * time.Second)))
	fmt.Println(time.Until(later))
	time.Sleep(2 * time.Minute)
	fmt.Println(time.Until(later), time.Since(earlier))
	var zero time.Time
	fmt.Println(zero.IsZero(), now.IsZero())
}
