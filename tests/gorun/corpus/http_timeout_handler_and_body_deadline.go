package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"
)

func main() {
	inner := make(chan string, 1)
	work := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d := map[string]time.Duration{"1s": time.Second, "10ms": 10 * time.Millisecond}[r.URL.Query().Get("d")]
		select {
		case <-time.After(d):
			w.Header().Set("X-Work", "done")
			fmt.Fprint(w, "finished")
			inner <- "inner handler finished"
		case <-r.Context().Done():
			_, err := fmt.Fprint(w, "too late")
			inner <- "inner handler: " + r.Context().Err().Error() + ", its write: " + err.Error()
		}
	})
	mux := http.NewServeMux()
	mux.Handle("/limited", http.TimeoutHandler(work, 100*time.Millisecond, "gave up waiting"))
	mux.Handle("/plain", http.TimeoutHandler(work, 100*time.Millisecond, ""))
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "first part, ")
		w.(http.Flusher).Flush()
		select {
		case <-time.After(2 * time.Second):
			fmt.Fprint(w, "second part")
		case <-r.Context().Done():
			inner <- "trickle handler: " + r.Context().Err().Error()
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, p := range []string{"/limited?d=1s", "/limited?d=10ms", "/plain?d=1s"} {
		resp, err := http.Get(srv.URL + p)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %s %q %q %q\n", p, resp.Status, b, resp.Header.Get("Content-Type"), resp.Header.Get("X-Work"))
		fmt.Println(" ", <-inner)
	}

	c := &http.Client{Timeout: 200 * time.Millisecond}
	resp, err := c.Get(srv.URL + "/trickle")
	fmt.Println("trickle:", resp.Status, err, resp.ContentLength)
	b, err := io.ReadAll(resp.Body)
	fmt.Printf("  read %q, error %v\n", b, err)
	fmt.Println("  deadline?", errors.Is(err, context.DeadlineExceeded))
	fmt.Println(" ", <-inner)

	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/trickle", nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	time.AfterFunc(100*time.Millisecond, cancel)
	b, err = io.ReadAll(resp.Body)
	fmt.Printf("cancelled while reading: %q %v\n", b, err)
	fmt.Println(" ", <-inner)
}
