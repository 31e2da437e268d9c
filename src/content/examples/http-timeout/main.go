package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"time"
)

// slowHandler takes a second to answer (or stops when the client goes).
func slowHandler(w http.ResponseWriter, r *http.Request) {
	select {
	case <-time.After(time.Second):
	case <-r.Context().Done():
	}
}

func main() {
	slow := httptest.NewServer(http.HandlerFunc(slowHandler))
	defer slow.Close()

	limit := 50 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, slow.URL, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = http.DefaultClient.Do(req)

	var urlErr *url.Error
	fmt.Println("a *url.Error:", errors.As(err, &urlErr))
	isDeadline := errors.Is(err, context.DeadlineExceeded)
	fmt.Println("errors.Is DeadlineExceeded:", isDeadline)
}
