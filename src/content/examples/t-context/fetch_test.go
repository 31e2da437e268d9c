package fetch

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// fetch stands for the code under test: anything that takes a context.
func fetch(ctx context.Context) error {
	t := time.NewTimer(10 * time.Millisecond)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func TestFetch(t *testing.T) {
	ctx := t.Context() // Go 1.24: done just before Cleanup functions run
	t.Cleanup(func() { fmt.Println("in Cleanup:", ctx.Err()) })

	// A limit for this test, derived from the test's context.
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if err := fetch(ctx); err != nil {
		t.Fatal(err)
	}
	fmt.Println("during the test:", ctx.Err())
}
