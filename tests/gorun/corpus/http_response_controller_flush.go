package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type wrapped struct{ http.ResponseWriter }

func (w wrapped) Unwrap() http.ResponseWriter { return w.ResponseWriter }

type plain struct{}

func (plain) Header() http.Header        { return http.Header{} }
func (plain) Write(b []byte) (int, error) { return len(b), nil }
func (plain) WriteHeader(int)             {}

func main() {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "early")
		fmt.Println("flush:", http.NewResponseController(wrapped{w}).Flush())
	}))
	defer ts.Close()
	resp, _ := http.Get(ts.URL)
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(string(b), resp.ContentLength)
	err := http.NewResponseController(plain{}).Flush()
	fmt.Println(err, errors.Is(err, http.ErrNotSupported))
}
