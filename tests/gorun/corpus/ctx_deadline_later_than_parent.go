package main

//gorun:faketime

import (
	"context"
	"fmt"
	"strings"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()

	later, cancelLater := context.WithDeadline(parent, time.Now().Add(time.Hour))
	defer cancelLater()
	pd, _ := parent.Deadline()
	ld, ok := later.Deadline()
	fmt.Println("has deadline:", ok, "same as parent:", ld.Equal(pd))
	fmt.Println("prints as a plain cancel context:", strings.HasSuffix(fmt.Sprint(later), ").WithCancel"))

	sooner, cancelSooner := context.WithTimeout(parent, 10*time.Millisecond)
	defer cancelSooner()
	sd, _ := sooner.Deadline()
	fmt.Println("sooner is earlier:", sd.Before(pd))
}
