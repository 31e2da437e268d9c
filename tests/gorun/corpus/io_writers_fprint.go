package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ sb strings.Builder }

func (u *upper) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	fmt.Fprintln(os.Stdout, "hi", 3)
	fmt.Fprintf(os.Stderr, "err %d\n", 4)
	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2, "b")
	fmt.Println(sb.String())
	u := &upper{}
	fmt.Fprintf(u, "hello %s", "x")
	fmt.Println(u.sb.String())
	n, err := io.WriteString(os.Stdout, "ws\n")
	fmt.Println(n, err)
	b, err := io.ReadAll(io.NopCloser(strings.NewReader("abc")))
	fmt.Println(string(b), err)
	fmt.Fprintln(io.Discard, "x")
	var w io.Writer = os.Stdout
	fmt.Printf("%T %v\n", io.Discard, io.EOF)
	w.Write([]byte("direct\n"))
}
