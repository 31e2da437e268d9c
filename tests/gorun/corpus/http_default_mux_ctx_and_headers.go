package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"time"
)

func main() {
	var base string
	http.HandleFunc("/ctx", func(w http.ResponseWriter, r *http.Request) {
		s := fmt.Sprint(r.Context())
		s = strings.ReplaceAll(s, strings.TrimPrefix(base, "http://"), "ADDR")
		fmt.Println(s)
		fmt.Println(r.Context().Value(http.ServerContextKey) != nil, fmt.Sprint(r.Context().Value(http.LocalAddrContextKey)) == strings.TrimPrefix(base, "http://"))
		_, ok := r.Context().Deadline()
		fmt.Println("deadline:", ok)
	})
	http.HandleFunc("/nothing", func(w http.ResponseWriter, r *http.Request) {})
	http.HandleFunc("/twice", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(201)
		w.Header().Set("X-After", "1")
		fmt.Fprint(w, "body")
	})
	srv := httptest.NewServer(nil)
	base = srv.URL
	defer srv.Close()
	for _, p := range []string{"/ctx", "/nothing", "/twice", "/missing"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var keys []string
		for k, v := range resp.Header {
			if k != "Date" {
				keys = append(keys, k+"="+strings.Join(v, ","))
			}
		}
		sort.Strings(keys)
		fmt.Println(p, resp.Status, resp.ContentLength, keys, string(b))
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	c := &http.Client{Timeout: time.Minute}
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/ctx", nil)
	resp, err := c.Do(req)
	fmt.Println(err, resp.StatusCode)
	resp.Body.Close()
}
