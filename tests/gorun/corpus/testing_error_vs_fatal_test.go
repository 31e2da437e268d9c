package calc

import (
	"errors"
	"fmt"
	"testing"
)

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestError(t *testing.T) {
	defer fmt.Println("TestError: deferred")
	t.Error("first problem:", 1, errors.New("boom"))
	check(t, 2+2, 5)
	t.Logf("a note\nover two lines")
	fmt.Println("TestError: goes on after Error")
}

func TestFatal(t *testing.T) {
	defer fmt.Println("TestFatal: deferred calls still run")
	t.Cleanup(func() { fmt.Println("TestFatal: cleanup") })
	t.Fatalf("cannot go on: %v", errors.New("no input"))
	fmt.Println("TestFatal: never printed")
}

func TestFailNow(t *testing.T) {
	t.Log("logged before FailNow")
	t.FailNow()
}

func TestLater(t *testing.T) {
	fmt.Println("TestLater runs after the failures")
}
