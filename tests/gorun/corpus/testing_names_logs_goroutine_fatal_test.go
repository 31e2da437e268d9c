package edge

import (
	"fmt"
	"sync"
	"testing"
)

func TestNames(t *testing.T) {
	for _, n := range []string{"a\tb", "x\ny", "é ü", "", "", "a/b", "dup", "dup", "dup#01", "q\"uote", "\x01ctl"} {
		t.Run(n, func(t *testing.T) { t.Error("name", t.Name()) })
	}
}

func TestFatalInGoroutine(t *testing.T) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t.Fatal("from a goroutine")
	}()
	wg.Wait()
	fmt.Println("test goes on after the goroutine's Fatal")
}

func TestLogArgs(t *testing.T) {
	t.Log()
	t.Log("")
	t.Logf("")
	t.Log("trailing newline\n")
	t.Logf("%d%%", 5)
	t.Error()
}
