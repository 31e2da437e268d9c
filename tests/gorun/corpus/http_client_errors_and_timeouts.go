package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"time"
)

// The server's URL changes from run to run: print errors with it replaced.
var base string

func show(what string, err error) {
	var ue *url.Error
	isURL := errors.As(err, &ue)
	fmt.Printf("%s: %s\n  *url.Error %v, timeout %v, deadline %v, canceled %v\n", what, strings.ReplaceAll(fmt.Sprint(err), base, "URL"),
		isURL, isURL && ue.Timeout(), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
	if isURL {
		fmt.Printf("  Op %q, Err %v\n", ue.Op, ue.Err)
	}
}

func main() {
	seen := make(chan string, 1)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
			seen <- "handler finished its work"
		case <-r.Context().Done():
			seen <- "handler saw " + r.Context().Err().Error()
		}
	}))
	defer slow.Close()
	base = slow.URL

	c := &http.Client{Timeout: 50 * time.Millisecond}
	_, err := c.Get(slow.URL + "/a")
	show("Client.Timeout", err)
	fmt.Println(" ", <-seen)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, slow.URL+"/b", nil)
	_, err = http.DefaultClient.Do(req)
	show("context deadline", err)
	fmt.Println(" ", <-seen)

	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 50*time.Millisecond, errors.New("too slow for me"))
	defer cancel2()
	req, _ = http.NewRequestWithContext(ctx2, http.MethodDelete, slow.URL+"/c", nil)
	_, err = http.DefaultClient.Do(req)
	show("deadline with a cause", err)
	fmt.Println(" ", <-seen)

	ctx3, cancel3 := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel3)
	req, _ = http.NewRequestWithContext(ctx3, http.MethodPost, slow.URL+"/d", strings.NewReader("unread body"))
	_, err = http.DefaultClient.Do(req)
	show("cancelled, body unread", err)
	fmt.Println(" ", <-seen)

	ctx4, cancel4 := context.WithCancel(context.Background())
	cancel4()
	req, _ = http.NewRequestWithContext(ctx4, http.MethodGet, slow.URL+"/e", nil)
	_, err = http.DefaultClient.Do(req)
	show("already cancelled", err)

	_, err = http.Get("http://127.0.0.1:1/x")
	show("nothing listens", err)
	_, err = http.Get("ftp://example.com/file")
	show("scheme", err)
	_, err = http.Get("::")
	show("parse", err)
	_, err = http.NewRequest("GET /", "http://example.com/", nil)
	show("method", err)
	_, err = http.Get("http:///path")
	show("no host", err)
	var r io.Reader = strings.NewReader("x")
	req, err = http.NewRequest("PUT", slow.URL, r)
	fmt.Println(req.Method, req.ContentLength, req.Host == strings.TrimPrefix(slow.URL, "http://"), req.URL.Path == "", err)
}
