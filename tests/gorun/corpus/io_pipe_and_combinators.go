package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.CloseWithError(errors.New("producer stopped"))
	}()
	b, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", b, err)

	pr, pw = io.Pipe()
	go func() {
		defer pw.Close()
		io.WriteString(pw, "hello through a pipe")
	}()
	var buf bytes.Buffer
	n, err := io.Copy(&buf, pr)
	fmt.Println(n, err, buf.String())

	pr, pw = io.Pipe()
	pr.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)

	var a, c strings.Builder
	w := io.MultiWriter(&a, upper{&c}, os.Stdout)
	fmt.Fprintln(w, "to three writers")
	fmt.Print(a.String(), c.String())

	var seen bytes.Buffer
	r := io.TeeReader(io.LimitReader(strings.NewReader("0123456789"), 6), &seen)
	small := make([]byte, 4)
	n2, err := io.ReadFull(r, small)
	fmt.Println(n2, err, string(small), seen.String())
	n2, err = io.ReadFull(r, small)
	fmt.Println(n2, err, string(small[:n2]), seen.String())
	n2, err = io.ReadAtLeast(r, small, 1)
	fmt.Println(n2, err)

	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	all, err := io.ReadAll(mr)
	fmt.Println(string(all), err)
	n3, err := io.CopyN(io.Discard, strings.NewReader("short"), 10)
	fmt.Println(n3, err)
	n3, err = io.CopyN(&buf, strings.NewReader("exactly"), 4)
	fmt.Println(n3, err, buf.String(), buf.Len())
	line, err := bytes.NewBufferString("k=v\nrest").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var nb *bytes.Buffer
	fmt.Println(nb.String(), bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("abc"), []byte("bc")))
}
