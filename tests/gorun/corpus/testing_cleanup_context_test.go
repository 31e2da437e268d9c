//gorun:faketime
package slow

import (
	"context"
	"fmt"
	"testing"
	"time"
)

func TestCleanupOrder(t *testing.T) {
	ctx := t.Context()
	fmt.Println("start:", ctx.Err())
	t.Cleanup(func() { fmt.Println("cleanup 1 sees", ctx.Err(), context.Cause(ctx)) })
	t.Cleanup(func() { fmt.Println("cleanup 2 runs first") })
	defer fmt.Println("deferred before cleanups:", ctx.Err())
	t.Run("sub", func(t *testing.T) {
		t.Cleanup(func() { fmt.Println("sub cleanup:", t.Context().Err()) })
		fmt.Println("sub context:", t.Context().Err())
	})
	fmt.Println("parent context after sub:", ctx.Err())
}

func TestSlowFailure(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 1500*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	t.Error("gave up:", ctx.Err())
	d, ok := t.Deadline()
	fmt.Println("deadline:", d.IsZero(), ok)
}
