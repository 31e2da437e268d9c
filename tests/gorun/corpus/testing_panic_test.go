package boom

import (
	"fmt"
	"testing"
)

func TestFirst(t *testing.T) {
	fmt.Println("first passes")
}

func TestPanics(t *testing.T) {
	t.Cleanup(func() { fmt.Println("cleanup runs") })
	defer fmt.Println("deferred runs")
	t.Log("before the panic")
	t.Run("inner", func(t *testing.T) {
		var m map[string]int
		m["x"] = 1
	})
}

func TestNeverRuns(t *testing.T) {
	fmt.Println("never")
}
