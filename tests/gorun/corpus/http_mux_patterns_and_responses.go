package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
)

func show(c *http.Client, base, method, path, body string) {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, base+path, r)
	if err != nil {
		fmt.Println("request:", err)
		return
	}
	if body != "" {
		req.Header.Set("content-type", "application/x-www-form-urlencoded")
	}
	resp, err := c.Do(req)
	if err != nil {
		fmt.Println("error:", strings.ReplaceAll(err.Error(), base, "URL"))
		return
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var keys []string
	for k := range resp.Header {
		if k != "Date" {
			keys = append(keys, k+"="+strings.Join(resp.Header[k], ","))
		}
	}
	sort.Strings(keys)
	fmt.Printf("%s %s -> %q len=%d final=%s %v\n  %q\n", method, path, resp.Status, resp.ContentLength, resp.Request.URL.Path, keys, b)
	fmt.Println("  date set:", resp.Header.Get("Date") != "")
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s (pattern %q)", r.PathValue("id"), r.Pattern)
	})
	mux.HandleFunc("POST /items/", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %s from %s", r.FormValue("name"), r.URL.Path)
	})
	mux.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("x-served-by", "static")
		w.Header().Add("X-Served-By", "twice")
		io.WriteString(w, "<html><body>static "+r.URL.Path+"</body></html>")
	})
	mux.HandleFunc("/files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "file", r.PathValue("path"), r.URL.Query().Get("v"))
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "home")
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no coffee", http.StatusTeapot)
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true}`)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/items/7", http.StatusFound)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s ua=%q ct=%q len=%d body=%q host-ok=%v", r.Method, r.RequestURI, r.UserAgent(), r.Header.Get("Content-Type"), r.ContentLength, b, r.Host != "")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := srv.Client()
	show(c, srv.URL, "GET", "/items/42", "")
	show(c, srv.URL, "HEAD", "/items/42", "")
	show(c, srv.URL, "DELETE", "/items/42", "")
	show(c, srv.URL, "POST", "/items/new", "name=Ava+Q")
	show(c, srv.URL, "GET", "/static/a/b.txt", "")
	show(c, srv.URL, "GET", "/static", "")
	show(c, srv.URL, "GET", "/files/a/b/c?v=2", "")
	show(c, srv.URL, "GET", "/", "")
	show(c, srv.URL, "GET", "/nothing", "")
	show(c, srv.URL, "GET", "/teapot", "")
	show(c, srv.URL, "GET", "/empty", "")
	show(c, srv.URL, "GET", "/json", "")
	show(c, srv.URL, "GET", "/old", "")
	show(c, srv.URL, "PUT", "/echo?q=1", "x=1&y=2")
	show(http.DefaultClient, srv.URL, "GET", "/echo", "")
	show(c, srv.URL, "bad method", "/", "")
	resp, err := http.PostForm(srv.URL+"/items/", url.Values{"name": {"Bo"}})
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b))
	}
	h := http.Header{}
	h.Add("accept-encoding", "gzip")
	h.Add("X-forwarded-FOR", "a")
	h.Set("bad key", "v")
	fmt.Println(h, h.Get("Accept-Encoding"), h.Values("x-forwarded-for"), http.CanonicalHeaderKey("content-md5"))
	fmt.Println(http.StatusText(http.StatusTooManyRequests), http.StatusText(599) == "")
	fmt.Println(http.DetectContentType([]byte("  <!DOCTYPE html><p>")), http.DetectContentType([]byte{0, 1, 2}), http.DetectContentType([]byte("plain")))
}
