package shop

import (
	"fmt"
	"testing"
)

func total(prices []int) int {
	sum := 0
	for _, p := range prices {
		sum += p
	}
	return sum
}

func TestTotal(t *testing.T) {
	if got := total([]int{1, 2, 3}); got != 6 {
		t.Errorf("total = %d, want 6", got)
	}
	t.Log("a passing test's log is not shown")
	fmt.Println("TestTotal ran as", t.Name(), "failed:", t.Failed())
}

func TestEmpty(t *testing.T) {
	t.Run("nil", func(t *testing.T) {
		if total(nil) != 0 {
			t.Fatal("not zero")
		}
		fmt.Println("ran", t.Name())
	})
	fmt.Println("after the subtest")
}
