package names

import (
	"fmt"
	"testing"
)

func TestTable(t *testing.T) {
	cases := []struct {
		name string
		in   int
		want int
	}{
		{"one", 1, 2},
		{"two words", 2, 4},
		{"one", 3, 7},
		{"", 4, 8},
	}
	for _, c := range cases {
		ok := t.Run(c.name, func(t *testing.T) {
			fmt.Println("running", t.Name())
			if got := c.in * 2; got != c.want {
				t.Errorf("%d*2 = %d, want %d", c.in, got, c.want)
			}
		})
		fmt.Println(c.name, "ok:", ok)
	}
	t.Log("parent failed:", t.Failed())
}

func TestNested(t *testing.T) {
	t.Run("outer", func(t *testing.T) {
		t.Run("inner", func(t *testing.T) {
			t.Fatal("deep failure")
		})
		t.Log("outer goes on")
	})
	t.Run("fine", func(t *testing.T) {
		t.Log("not shown")
	})
}

func TestAllPass(t *testing.T) {
	t.Run("a", func(t *testing.T) {})
	fmt.Println("TestAllPass failed:", t.Failed())
}
