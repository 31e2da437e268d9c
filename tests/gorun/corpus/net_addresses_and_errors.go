package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
)

func main() {
	_, err := http.Get("http://127.0.0.1:1/")
	var op *net.OpError
	fmt.Println(errors.As(err, &op))
	fmt.Println(op.Op, op.Net, op.Source, op.Addr, op.Err, op.Timeout())
	fmt.Printf("%T\n", op.Addr)
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout())
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Err == error(op))
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("h", "1"))
	h, p, err := net.SplitHostPort("127.0.0.1:8080")
	fmt.Println(h, p, err)
	h, p, err = net.SplitHostPort("[::1]:443")
	fmt.Println(h, p, err)
	for _, bad := range []string{"nohost", "a:b:c", "[::1]x"} {
		_, _, err = net.SplitHostPort(bad)
		fmt.Println(err)
	}
	a := &net.TCPAddr{IP: net.ParseIP("127.0.0.1"), Port: 80}
	fmt.Println(a, a.Network(), a.IP, net.IPv4(10, 0, 0, 1), net.ParseIP("300.1.1.1") == nil, a.IP.IsLoopback())
	fmt.Println(&net.TCPAddr{Port: 8080})
}
