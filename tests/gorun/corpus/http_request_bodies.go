package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func main() {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%d %q %v", r.ContentLength, b, r.Body == http.NoBody)
	}))
	defer ts.Close()
	for _, body := range []io.Reader{nil, strings.NewReader(""), strings.NewReader("str"), bytes.NewBufferString("buf"), bytes.NewReader([]byte("rdr")), io.NopCloser(strings.NewReader("opaque"))} {
		req, err := http.NewRequest("POST", ts.URL, body)
		fmt.Print(req.ContentLength, " ", req.Body == nil, " ", req.Body == http.NoBody, " ", req.GetBody != nil, " ", err, " -> ")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(string(b))
	}
}
