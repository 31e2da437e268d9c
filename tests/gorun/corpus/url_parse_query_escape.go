package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{"http://127.0.0.1:8080/a/b?x=1&y=two+words#frag", "::", "http://x:abc/", "https://user:pw@example.com/p%20q/r?q=%zz", "/relative?a=b", "mailto:joe@x.org", "http://%41/", "a:b/c", "HTTP://Example.COM", "http://h/x?", "http://[::1]:80/p"} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println("err:", err)
			var ue *url.Error
			fmt.Println(errors.As(err, &ue), ue.Op, errors.Unwrap(err))
			continue
		}
		fmt.Printf("%q %q %v %q %q %q %q %q %v\n", u.Scheme, u.Host, u.User, u.Path, u.RawQuery, u.Fragment, u.Opaque, u.RawPath, u.ForceQuery)
		fmt.Println(u.String(), u.Hostname(), u.Port(), u.RequestURI(), u.Query(), u.Query().Get("y"), u.EscapedPath())
	}
	v := url.Values{}
	v.Set("name", "Ava Q")
	v.Add("tag", "a&b")
	v.Add("tag", "ü")
	fmt.Println(v.Encode(), v.Has("x"), v.Get("tag"))
	fmt.Println(url.QueryEscape("a b/c?d"), url.PathEscape("a b/c?d"))
	fmt.Println(url.QueryUnescape("a%2"))
	fmt.Println(url.PathUnescape("a+b%20c"))
	u, _ := url.Parse("http://x/")
	fmt.Println(u.JoinPath("a", "b/"), u)
	fmt.Printf("%v\n", u)
	fmt.Printf("%+v\n", *u)
}
