package par

import (
	"fmt"
	"testing"
)

func TestTop(t *testing.T) {
	t.Parallel()
	fmt.Println("TestTop runs after every sequential top-level test")
	t.Error("TestTop fails")
}

func TestParent(t *testing.T) {
	t.Cleanup(func() { fmt.Println("TestParent cleanup, after its parallel subtest") })
	ok := t.Run("par", func(t *testing.T) {
		t.Parallel()
		fmt.Println("par runs once TestParent's function has returned")
		t.Error("par fails")
	})
	fmt.Println("Run returned", ok, "before par ran")
	t.Run("seq", func(t *testing.T) {
		fmt.Println("seq runs at once")
	})
	fmt.Println("TestParent's function ends")
}

func TestLast(t *testing.T) {
	fmt.Println("TestLast is sequential: it runs before TestTop")
}

func TestTwice(t *testing.T) {
	defer func() { fmt.Println("recovered:", recover()) }()
	t.Run("p", func(t *testing.T) {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		t.Parallel()
		t.Parallel()
	})
}
