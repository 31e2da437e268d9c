package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var events []string
	log := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
	}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d := 200 * time.Millisecond
		if r.URL.Path == "/long" {
			d = time.Second
		}
		select {
		case <-time.After(d):
			log("handler " + r.URL.Path + " finished")
		case <-r.Context().Done():
			log("handler " + r.URL.Path + ": " + r.Context().Err().Error())
		}
		fmt.Fprint(w, "bye")
	}))
	defer ts.Close()
	ts.Config.RegisterOnShutdown(func() { log("on shutdown hook") })

	results := make(chan string, 2)
	for _, p := range []string{"/short", "/long"} {
		go func() {
			resp, err := http.Get(ts.URL + p)
			if err != nil {
				results <- p + ": " + err.Error()
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			results <- p + ": " + resp.Status + " " + string(b)
		}()
	}
	time.Sleep(50 * time.Millisecond)

	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	err := ts.Config.Shutdown(ctx)
	log(fmt.Sprint("Shutdown returned: ", err))
	r1, r2 := <-results, <-results
	if r1 > r2 {
		r1, r2 = r2, r1
	}
	fmt.Println(r1)
	fmt.Println(r2)
	_, err = http.Get(ts.URL + "/short")
	fmt.Println("after Shutdown, a request fails:", err != nil)
	mu.Lock()
	for _, e := range events {
		fmt.Println(e)
	}
	mu.Unlock()
}
