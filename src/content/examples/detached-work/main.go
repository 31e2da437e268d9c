package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

// writeAudit pretends to save an audit record, which takes 50ms.
func writeAudit(ctx context.Context) string {
	t := time.NewTimer(50 * time.Millisecond)
	defer t.Stop()
	select {
	case <-t.C:
		return "saved"
	case <-ctx.Done():
		return "lost: " + ctx.Err().Error()
	}
}

func main() {
	wrong, right := make(chan string, 1), make(chan string, 1)
	handler := func(w http.ResponseWriter, r *http.Request) {
		// Wrong: r.Context() is cancelled as soon as this handler returns.
		go func() { wrong <- writeAudit(r.Context()) }()

		// Right: keep the values, drop the cancel, add a limit of its own.
		detached := context.WithoutCancel(r.Context())
		ctx, cancel := context.WithTimeout(detached, 5*time.Second)
		go func() {
			defer cancel()
			right <- writeAudit(ctx)
		}()

		fmt.Fprintln(w, "order placed")
	}

	srv := httptest.NewServer(http.HandlerFunc(handler))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	fmt.Println("client:", resp.Status)
	fmt.Println("audit with r.Context():", <-wrong)
	fmt.Println("audit with WithoutCancel:", <-right)
}
