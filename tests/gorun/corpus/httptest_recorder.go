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

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "name missing", http.StatusBadRequest)
		return
	}
	if v := r.Context().Value(ctxKey("user")); v != nil {
		name += " (as " + v.(string) + ")"
	}
	w.Header().Set("X-Greeting", "yes")
	fmt.Fprintf(w, "hello, %s", name)
}

func slow(w http.ResponseWriter, r *http.Request) {
	select {
	case <-time.After(time.Second):
		fmt.Fprint(w, "done")
	case <-r.Context().Done():
		http.Error(w, r.Context().Err().Error(), http.StatusServiceUnavailable)
	}
}

func main() {
	rec := httptest.NewRecorder()
	greet(rec, httptest.NewRequest("GET", "/greet?name=Ava", nil))
	fmt.Println(rec.Code, rec.Body.String(), rec.Header().Get("Content-Type"), rec.Header().Get("X-Greeting"))
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	fmt.Println(res.Status, res.StatusCode, string(b), res.ContentLength, res.Header.Get("X-Greeting"))

	rec = httptest.NewRecorder()
	greet(rec, httptest.NewRequest("GET", "/greet", nil))
	fmt.Printf("%d %q %q %q\n", rec.Code, rec.Body.String(), rec.Header().Get("Content-Type"), rec.Header().Get("X-Content-Type-Options"))

	req := httptest.NewRequest(http.MethodPost, "/greet?name=Bo", strings.NewReader("ignored"))
	ctx := context.WithValue(req.Context(), ctxKey("user"), "admin")
	rec = httptest.NewRecorder()
	greet(rec, req.WithContext(ctx))
	fmt.Println(rec.Code, rec.Body.String())
	fmt.Println(req.Method, req.Host, req.RemoteAddr, req.RequestURI, req.URL.Path, req.ContentLength, req.Proto)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	rec = httptest.NewRecorder()
	slow(rec, httptest.NewRequest("GET", "/slow", nil).WithContext(ctx))
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())

	rec = httptest.NewRecorder()
	rec.WriteHeader(http.StatusAccepted)
	rec.Header().Set("X-Late", "ignored in Result")
	fmt.Println(rec.Result().Status, rec.Result().Header.Get("X-Late") == "", rec.Flushed)

	abs := httptest.NewRequest("GET", "http://example.org/x?y=1", nil)
	fmt.Println(abs.Host, abs.URL.String(), abs.URL.Host)
}
