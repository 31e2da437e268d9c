package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

func main() {
	// The server logs the panic to stderr with a time and a port; this line comes first.
	fmt.Fprintln(os.Stderr, "the server's log follows")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/abort" {
			panic(http.ErrAbortHandler)
		}
		if r.URL.Path == "/late" {
			fmt.Fprint(w, "half an answer")
			w.(http.Flusher).Flush()
		}
		panic("handler bug")
	}))
	defer srv.Close()
	for _, p := range []string{"/boom", "/abort"} {
		_, err := http.Get(srv.URL + p)
		fmt.Println(p, strings.ReplaceAll(err.Error(), srv.URL, "URL"), errors.Is(err, io.EOF))
	}
	resp, err := http.Get(srv.URL + "/late")
	fmt.Println("/late", resp.Status, err)
	b, err := io.ReadAll(resp.Body)
	fmt.Printf("%q %v %v\n", b, err, errors.Is(err, io.ErrUnexpectedEOF))
	resp, err = http.Get(srv.URL + "/boom")
	fmt.Println("the server still serves:", resp == nil, err != nil)
}
