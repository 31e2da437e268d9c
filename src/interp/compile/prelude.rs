//! The library's Go-visible surface, written in Go: types and signatures of the packages a
//! program may import. The compiler parses these with the same parser and binds each bodyless
//! function or method to the VM's native of the same qualified name (`time.Sleep`,
//! `sync.WaitGroup.Add`). `opaque` marks a type whose insides the VM owns. Packages built on
//! the others are written in Go, in `prelude/*.go`, and compiled with the program.

/// Packages declared and compiled only when a program reaches them through its imports (each of
/// their files states its imports); the others are always declared.
pub const ON_DEMAND: &[&str] =
    &["bytes", "golang.org/x/sync/errgroup", "net", "net/http", "net/http/httptest", "net/url", "os/signal", "sync/atomic", "testing"];

/// (import path, package name, Go source of its declarations), in dependency order. A package
/// may come in several files, one entry each; its types are declared in its first.
pub const PACKAGES: &[(&str, &str, &str)] = &[
    ("time", "time", r#"package time
type Duration int64
const (
	Nanosecond Duration = 1
	Microsecond = 1000 * Nanosecond
	Millisecond = 1000 * Microsecond
	Second = 1000 * Millisecond
	Minute = 60 * Second
	Hour = 60 * Minute
)
const (
	RFC3339 = "2006-01-02T15:04:05Z07:00"
	Kitchen = "3:04PM"
	DateTime = "2006-01-02 15:04:05"
	DateOnly = "2006-01-02"
	TimeOnly = "15:04:05"
	RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
	Stamp = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
)
type Time opaque
type Month int
type Timer opaque
type Ticker opaque
func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Hours() float64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Abs() Duration
func Sleep(d Duration)
func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func After(d Duration) <-chan Time
func Tick(d Duration) <-chan Time
func NewTimer(d Duration) *Timer
func NewTicker(d Duration) *Ticker
func AfterFunc(d Duration, f func()) *Timer
func Unix(sec int64, nsec int64) Time
func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) IsZero() bool
func (t Time) Format(layout string) string
func (t Time) String() string
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64
func (t Time) Year() int
func (t Time) Hour() int
func (t Time) Minute() int
func (t Time) Second() int
func (t Time) Nanosecond() int
func (t Time) Truncate(d Duration) Time
func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
"#),
    ("errors", "errors", r#"package errors
func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
"#),
    ("context", "context", r#"package context
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}
type CancelFunc func()
type CancelCauseFunc func(cause error)
var Canceled error
var DeadlineExceeded error
func Background() Context
func TODO() Context
func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context
func WithoutCancel(parent Context) Context
func Cause(c Context) error
func AfterFunc(ctx Context, f func()) (stop func() bool)
"#),
    ("io", "io", include_str!("prelude/io.go")),
    ("fmt", "fmt", r#"package fmt
import "io"
type Stringer interface { String() string }
func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}
"#),
    ("syscall", "syscall", include_str!("prelude/syscall.go")),
    ("os", "os", r#"package os
import (
	"errors"
	"syscall"
)
type File opaque
var Stdout *File
var Stderr *File
var Args []string
func Exit(code int)
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
type Signal interface {
	String() string
	Signal()
}
var Interrupt Signal = syscall.SIGINT
var Kill Signal = syscall.SIGKILL
func Getpid() int { return syscall.Getpid() }
func Getppid() int { return syscall.Getppid() }
var ErrProcessDone = errors.New("os: process already finished")
type Process struct {
	Pid int
}
func FindProcess(pid int) (*Process, error) { return &Process{Pid: pid}, nil }
func (p *Process) Signal(sig Signal) error {
	s, ok := sig.(syscall.Signal)
	if !ok {
		return errors.New("os: unsupported signal type")
	}
	err := syscall.Kill(p.Pid, s)
	if err == syscall.ESRCH {
		return ErrProcessDone
	}
	return err
}
func (p *Process) Kill() error { return p.Signal(Kill) }
"#),
    ("sync", "sync", r#"package sync
type WaitGroup opaque
type Mutex opaque
type RWMutex opaque
type Once opaque
func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func())
func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool
func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()
func (o *Once) Do(f func())
"#),
    ("strings", "strings", r#"package strings
import "io"
type Builder opaque
type Reader struct {
	b []byte
	i int
}
func NewReader(s string) *Reader {
	return &Reader{b: []byte(s)}
}
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.b) {
		return 0, io.EOF
	}
	n = copy(b, r.b[r.i:])
	r.i += n
	return n, nil
}
func (r *Reader) ReadByte() (byte, error) {
	if r.i >= len(r.b) {
		return 0, io.EOF
	}
	r.i++
	return r.b[r.i-1], nil
}
func (r *Reader) Len() int {
	return len(r.b) - r.i
}
func (r *Reader) Size() int64 {
	return int64(len(r.b))
}
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	m, err := w.Write(r.b[r.i:])
	r.i += m
	return int64(m), err
}
func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func Cut(s, sep string) (before, after string, found bool)
func SplitN(s, sep string, n int) []string
func ContainsAny(s, chars string) bool
func Map(mapping func(rune) rune, s string) string
func Join(elems []string, sep string) string
func Split(s, sep string) []string
func Fields(s string) []string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func ToUpper(s string) string
func ToLower(s string) string
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Count(s, substr string) int
func EqualFold(s, t string) bool
func Title(s string) string
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Reset()
"#),
    ("strconv", "strconv", r#"package strconv
type NumError struct {
	Func string
	Num string
	Err error
}
var ErrSyntax error
var ErrRange error
func (e *NumError) Error() string
func (e *NumError) Unwrap() error
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Itoa(i int) string
func Atoi(s string) (int, error)
func ParseInt(s string, base int, bitSize int) (int64, error)
func ParseBool(str string) (bool, error)
func ParseFloat(s string, bitSize int) (float64, error)
func FormatInt(i int64, base int) string
func FormatBool(b bool) string
func Quote(s string) string
"#),
    ("math/rand", "rand", r#"package rand
type Rand opaque
type Source opaque
func NewSource(seed int64) Source
func New(src Source) *Rand
func (r *Rand) Intn(n int) int
func (r *Rand) Int() int
func (r *Rand) Int63() int64
func (r *Rand) Float64() float64
func (r *Rand) Perm(n int) []int
func Intn(n int) int
func Int() int
func Int63() int64
func Float64() float64
func Seed(seed int64)
func Shuffle(n int, swap func(i, j int))
func Perm(n int) []int
"#),
    ("sort", "sort", r#"package sort
func Strings(x []string)
func Ints(x []int)
func Float64s(x []float64)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SearchInts(a []int, x int) int
"#),
    ("math", "math", r#"package math
const MaxInt = 9223372036854775807
const MinInt = -9223372036854775808
const MaxInt64 = 9223372036854775807
const MinInt64 = -9223372036854775808
const MaxInt32 = 2147483647
const MinInt32 = -2147483648
const MaxInt8 = 127
const MaxUint8 = 255
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
func Sqrt(x float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Pow(x, y float64) float64
func Inf(sign int) float64
"#),
    ("golang.org/x/sync/errgroup", "errgroup", include_str!("prelude/errgroup.go")),
    ("bytes", "bytes", include_str!("prelude/bytes.go")),
    ("net", "net", include_str!("prelude/net.go")),
    ("net/url", "url", include_str!("prelude/url.go")),
    ("net/url", "url", include_str!("prelude/url_escape.go")),
    ("net/http", "http", include_str!("prelude/http.go")),
    ("net/http", "http", include_str!("prelude/http_status.go")),
    ("net/http", "http", include_str!("prelude/http_client.go")),
    ("net/http", "http", include_str!("prelude/http_server.go")),
    ("net/http", "http", include_str!("prelude/http_response.go")),
    ("net/http", "http", include_str!("prelude/http_handlers.go")),
    ("net/http", "http", include_str!("prelude/http_mux.go")),
    ("net/http/httptest", "httptest", include_str!("prelude/httptest.go")),
    ("os/signal", "signal", include_str!("prelude/signal.go")),
    ("testing", "testing", include_str!("prelude/testing.go")),
    ("sync/atomic", "atomic", include_str!("prelude/atomic.go")),
];
