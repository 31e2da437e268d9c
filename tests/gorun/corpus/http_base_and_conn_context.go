package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"time"
)

type key string

var network string

func main() {
	base, stop := context.WithCancelCause(context.WithValue(context.Background(), key("app"), "shop"))
	seen := make(chan string, 1)
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		fmt.Println("handler sees", ctx.Value(key("app")), ctx.Value(key("conn")) != nil)
		select {
		case <-ctx.Done():
			seen <- fmt.Sprint("handler: ", ctx.Err(), ", cause: ", context.Cause(ctx))
		case <-time.After(time.Second):
			seen <- "handler finished"
		}
	}))
	ts.Config.BaseContext = func(l net.Listener) context.Context {
		network = l.Addr().Network()
		return base
	}
	ts.Config.ConnContext = func(ctx context.Context, c net.Conn) context.Context {
		return context.WithValue(ctx, key("conn"), c.RemoteAddr().String())
	}
	ts.Start()
	defer ts.Close()
	fmt.Println("listener:", ts.Listener.Addr().String() == ts.URL[len("http://"):])
	defer func() { fmt.Println("BaseContext was called for a listener on", network) }()

	time.AfterFunc(50*time.Millisecond, func() { stop(errors.New("shutting down")) })
	c := &http.Client{Timeout: 500 * time.Millisecond}
	resp, err := c.Get(ts.URL)
	if err != nil {
		fmt.Println("client:", err != nil)
	} else {
		fmt.Println("client:", resp.Status)
		resp.Body.Close()
	}
	fmt.Println(<-seen)
	err = http.ListenAndServe("localhost:99999", nil)
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Net)
}
