package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new?from=old", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/keep", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "new", http.StatusPermanentRedirect)
	})
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s body=%q referer=%q", r.Method, r.URL, b, strings.ReplaceAll(r.Referer(), "http://"+r.Host, "URL"))
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	clean := func(s string) string { return strings.ReplaceAll(s, ts.URL, "URL") }

	_, err := http.Get(ts.URL + "/loop")
	fmt.Println(clean(err.Error()))

	resp, err := http.Post(ts.URL+"/old", "text/plain", strings.NewReader("payload"))
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.Status, string(b), clean(resp.Request.URL.String()), err)

	resp, err = http.Post(ts.URL+"/keep", "text/plain", strings.NewReader("payload"))
	b, _ = io.ReadAll(resp.Body)
	fmt.Println(resp.Status, string(b), err)

	var hops []string
	c := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		hops = append(hops, req.URL.Path)
		if len(via) >= 2 {
			return errors.New("enough")
		}
		return nil
	}}
	resp, err = c.Get(ts.URL + "/loop")
	fmt.Println(clean(err.Error()), resp.StatusCode, hops)

	c.CheckRedirect = func(req *http.Request, via []*http.Request) error { return http.ErrUseLastResponse }
	resp, err = c.Get(ts.URL + "/old")
	b, _ = io.ReadAll(resp.Body)
	fmt.Printf("%s %q %q %v\n", resp.Status, resp.Header.Get("Location"), b, err)
	loc, err := resp.Location()
	fmt.Println(clean(loc.String()), err)
}
