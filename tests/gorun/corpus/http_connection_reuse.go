package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func main() {
	addrs := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addrs <- r.RemoteAddr
		fmt.Fprint(w, "some body")
	}))
	defer srv.Close()
	get := func(c *http.Client, read bool) string {
		resp, err := c.Get(srv.URL)
		if err != nil {
			return err.Error()
		}
		if read {
			io.ReadAll(resp.Body)
		}
		resp.Body.Close()
		return <-addrs
	}
	a := get(http.DefaultClient, true)
	b := get(http.DefaultClient, true)
	c := get(http.DefaultClient, false)
	e := get(srv.Client(), true)
	f := get(srv.Client(), true)
	nk := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	h := get(nk, true)
	i := get(nk, true)
	fmt.Println("read to the end, reused:", a == b)
	fmt.Println("unread, reused:", b == c)
	fmt.Println("another transport, another connection:", e != c, e == f)
	fmt.Println("keep-alives off:", h != i)
}
