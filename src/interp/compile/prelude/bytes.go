// Package bytes: Buffer, the growable byte buffer handlers and recorders write to, and Reader,
// as Go's behave, with a few of the package's functions.
package bytes

import (
	"errors"
	"io"
	"strings"
)

type Buffer struct {
	buf []byte
	off int
}

var ErrTooLarge = errors.New("bytes.Buffer: too large")

func NewBuffer(buf []byte) *Buffer {
	return &Buffer{buf: buf}
}

func NewBufferString(s string) *Buffer {
	return &Buffer{buf: []byte(s)}
}

func (b *Buffer) Bytes() []byte {
	return b.buf[b.off:]
}

func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

func (b *Buffer) Len() int {
	return len(b.buf) - b.off
}

func (b *Buffer) Cap() int {
	return cap(b.buf)
}

func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
}

func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
}

func (b *Buffer) Write(p []byte) (n int, err error) {
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *Buffer) WriteString(s string) (n int, err error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Buffer) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}

func (b *Buffer) WriteRune(r rune) (n int, err error) {
	s := string(r)
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Buffer) Read(p []byte) (n int, err error) {
	if b.off >= len(b.buf) {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	return n, nil
}

func (b *Buffer) ReadByte() (byte, error) {
	if b.off >= len(b.buf) {
		b.Reset()
		return 0, io.EOF
	}
	b.off++
	return b.buf[b.off-1], nil
}

func (b *Buffer) ReadString(delim byte) (line string, err error) {
	rest := b.buf[b.off:]
	for i, c := range rest {
		if c == delim {
			b.off += i + 1
			return string(rest[:i+1]), nil
		}
	}
	b.off = len(b.buf)
	return string(rest), io.EOF
}

func (b *Buffer) Next(n int) []byte {
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	return data
}

func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	data, err := io.ReadAll(r)
	b.buf = append(b.buf, data...)
	return int64(len(data)), err
}

func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	m, err := w.Write(b.buf[b.off:])
	b.off += m
	return int64(m), err
}

type Reader struct {
	s []byte
	i int
}

func NewReader(b []byte) *Reader {
	return &Reader{b, 0}
}

func (r *Reader) Len() int {
	return len(r.s) - r.i
}

func (r *Reader) Size() int64 {
	return int64(len(r.s))
}

func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

func Compare(a, b []byte) int {
	sa, sb := string(a), string(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

func Contains(b, subslice []byte) bool {
	return strings.Contains(string(b), string(subslice))
}

func HasPrefix(s, prefix []byte) bool {
	return strings.HasPrefix(string(s), string(prefix))
}

func HasSuffix(s, suffix []byte) bool {
	return strings.HasSuffix(string(s), string(suffix))
}

func Index(s, sep []byte) int {
	return strings.Index(string(s), string(sep))
}

func ToUpper(s []byte) []byte {
	return []byte(strings.ToUpper(string(s)))
}

func ToLower(s []byte) []byte {
	return []byte(strings.ToLower(string(s)))
}

func TrimSpace(s []byte) []byte {
	return []byte(strings.TrimSpace(string(s)))
}
