package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(250 * time.Millisecond)
	for i := 0; i < 4; i++ {
		<-tk.C
		fmt.Println("tick at", time.Since(start))
	}
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop?!")
	case <-time.After(time.Second):
		fmt.Println("no tick after Stop")
	}
	tk.Reset(time.Second)
	<-tk.C
	fmt.Println("after reset:", time.Since(start))
}
