package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

func main() {
	var events []string
	var mu sync.Mutex
	log := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
	}
	afterReturn := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/quick", func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		go func() {
			<-ctx.Done()
			afterReturn <- "request context after the handler returned: " + ctx.Err().Error()
		}()
		fmt.Fprint(w, "quick")
	})
	mux.HandleFunc("/stream", func(w http.ResponseWriter, r *http.Request) {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(w, "part %d\n", i)
			w.(http.Flusher).Flush()
			time.Sleep(100 * time.Millisecond)
		}
		log("stream handler returns")
	})
	mux.HandleFunc("/lingering", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "answered")
		w.(http.Flusher).Flush()
		time.Sleep(300 * time.Millisecond)
		log("lingering handler returns")
	})
	srv := httptest.NewServer(mux)

	resp, err := http.Get(srv.URL + "/quick")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.Status, string(b), resp.ContentLength)
	fmt.Println(<-afterReturn)

	resp, err = http.Get(srv.URL + "/stream")
	if err != nil {
		fmt.Println(err)
		return
	}
	log("stream client has the header")
	fmt.Println("stream:", resp.Status, "length", resp.ContentLength, resp.Header.Get("Content-Length") == "", resp.Header.Get("Content-Type"))
	b, err = io.ReadAll(resp.Body)
	fmt.Printf("  %q %v\n", b, err)
	resp.Body.Close()

	resp, err = http.Get(srv.URL + "/lingering")
	if err != nil {
		fmt.Println(err)
		return
	}
	resp.Body.Close()
	log("client has its answer")
	srv.Close()
	log("Close returned")
	mu.Lock()
	for _, e := range events {
		fmt.Println(e)
	}
	mu.Unlock()
	_, err = http.Get(srv.URL + "/quick")
	fmt.Println("after Close, an error:", err != nil)
}
