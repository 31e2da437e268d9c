package main

//gorun:faketime

import (
	"fmt"
	"time"
)

func main() {
	// The virtual clock starts at 2009-11-10 23:00:00 UTC, as on the Go playground.
	t := time.Now().Add(36*time.Hour + 4*time.Minute + 5*time.Second)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.Kitchen))
	fmt.Println(t.Format("15:04:05"))
	fmt.Println(t.Format("2006-01-02"))
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println(t.Format("Mon Jan 2 2006"))
}
