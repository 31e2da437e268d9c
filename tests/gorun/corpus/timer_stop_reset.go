package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Second)
	fmt.Println("stop before firing:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset on stopped:", t.Reset(200*time.Millisecond))
	<-t.C
	fmt.Println("fired after", time.Since(start))
	fmt.Println("stop after firing:", t.Stop())
	t.Reset(50 * time.Millisecond)
	fmt.Println("reset on active:", t.Reset(100*time.Millisecond))
	<-t.C
	fmt.Println("fired again after", time.Since(start))
}
