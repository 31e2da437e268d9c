package skips

import (
	"fmt"
	"testing"
)

func TestSkip(t *testing.T) {
	defer func() { fmt.Println("skipped:", t.Skipped()) }()
	t.Skip("not on this machine")
	fmt.Println("never")
}

func TestSkipf(t *testing.T) {
	t.Skipf("needs %d CPUs", 64)
}

func TestSkipSub(t *testing.T) {
	ok := t.Run("later", func(t *testing.T) { t.SkipNow() })
	fmt.Println("Run returned", ok, "parent skipped:", t.Skipped())
}

func TestFailThenSkip(t *testing.T) {
	t.Error("failed first")
	t.Skip("then skipped")
}
