package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var events []string
	log := func(s string) { mu.Lock(); events = append(events, s); mu.Unlock() }
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := map[string]int{"/2000": 2000, "/2100": 2100, "/4000": 4000, "/4200": 4200, "/9000": 9000}[r.URL.Path]
		w.Write([]byte(strings.Repeat("x", n)))
		time.Sleep(200 * time.Millisecond)
		log("handler " + r.URL.Path + " returns")
	}))
	defer ts.Close()
	for _, p := range []string{"/2000", "/2100", "/4000", "/4200", "/9000"} {
		resp, err := http.Get(ts.URL + p)
		if err != nil {
			fmt.Println(err)
			return
		}
		log(fmt.Sprint("client has ", p, " length ", resp.ContentLength))
		resp.Body.Close()
		time.Sleep(300 * time.Millisecond)
	}
	for _, e := range events {
		fmt.Println(e)
	}
}
