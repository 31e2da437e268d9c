package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

type ctxKey string

func withRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" {
			id = "none"
		}
		ctx := context.WithValue(r.Context(), ctxKey("id"), id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func main() {
	report := make(chan string, 4)
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(300 * time.Millisecond):
			fmt.Fprint(w, "data for "+r.Header.Get("X-Request-Id"))
		case <-r.Context().Done():
			report <- "backend: " + r.Context().Err().Error()
		}
	}))
	defer backend.Close()

	front := httptest.NewServer(withRequestID(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Context().Value(ctxKey("id")).(string)
		req, _ := http.NewRequestWithContext(r.Context(), "GET", backend.URL, nil)
		req.Header.Set("X-Request-Id", id)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			report <- "front " + id + ": " + strings.ReplaceAll(err.Error(), backend.URL, "BACKEND")
			http.Error(w, "backend failed", http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Fprintf(w, "front got %q", b)
		report <- "front " + id + ": ok"
	})))
	defer front.Close()

	call := func(id string, limit time.Duration) {
		ctx, cancel := context.WithTimeout(context.Background(), limit)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "GET", front.URL, nil)
		req.Header.Set("X-Request-Id", id)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println("client", id+":", strings.ReplaceAll(err.Error(), front.URL, "FRONT"))
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println("client", id+":", resp.Status, string(b))
	}
	call("a1", time.Second)
	fmt.Println(" ", <-report)
	call("b2", 100*time.Millisecond)
	r1, r2 := <-report, <-report
	if r1 > r2 {
		r1, r2 = r2, r1
	}
	fmt.Println(" ", r1)
	fmt.Println(" ", r2)
}
