// Package testing: what the test binary `go test -c` builds does, without flags. Each TestXxx
// runs in its own goroutine, in source order; its output (Log, Error, ...) is kept and printed
// under `--- FAIL: TestXxx (0.00s)` only if it fails; then PASS, or FAIL and exit status 1.
// Durations come from the clock. Parallel tests run one after another.
package testing

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"
)

type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	Context() context.Context
}

type T struct {
	name     string
	parent   *T
	depth    int
	output   string
	failed   bool
	skipped  bool
	finished bool
	start    time.Time
	duration time.Duration
	cleanups []func()
	ctx      context.Context
	cancel   context.CancelFunc
	done     chan struct{}
}

type InternalTest struct {
	Name string
	F    func(*T)
}

// goexit is runtime.Goexit: the calling goroutine's deferred calls run, then it ends.
func goexit()

// helper marks the calling function as a helper: its lines are not reported.
func helper()

// caller is the test file's name and the line of the innermost call that is not a helper's.
func caller() (string, int)

func (t *T) Name() string { return t.name }

func (t *T) Helper() { helper() }

func (t *T) Context() context.Context { return t.ctx }

func (t *T) Deadline() (deadline time.Time, ok bool) { return }

func (t *T) Parallel() {}

func (t *T) Cleanup(f func()) { t.cleanups = append(t.cleanups, f) }

func (t *T) Fail() {
	for c := t; c != nil; c = c.parent {
		c.failed = true
	}
}

func (t *T) Failed() bool { return t.failed }

func (t *T) Skipped() bool { return t.skipped }

func (t *T) FailNow() {
	t.Fail()
	t.finished = true
	goexit()
}

func (t *T) SkipNow() {
	t.skipped = true
	t.finished = true
	goexit()
}

// log keeps s, under the caller's file and line, indented as the test binary prints it.
func (t *T) log(s string) {
	file, line := caller()
	if len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	indent := strings.Repeat("    ", t.depth+1)
	s = strings.ReplaceAll(s, "\n", "\n"+indent+"    ")
	t.output += fmt.Sprintf("%s%s:%d: %s\n", indent, file, line, s)
}

func (t *T) Log(args ...any) { t.log(fmt.Sprintln(args...)) }

func (t *T) Logf(format string, args ...any) { t.log(fmt.Sprintf(format, args...)) }

func (t *T) Error(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.Fail()
}

func (t *T) Errorf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.Fail()
}

func (t *T) Fatal(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.FailNow()
}

func (t *T) Fatalf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.FailNow()
}

func (t *T) Skip(args ...any) {
	t.log(fmt.Sprintln(args...))
	t.SkipNow()
}

func (t *T) Skipf(format string, args ...any) {
	t.log(fmt.Sprintf(format, args...))
	t.SkipNow()
}

// rewrite is a subtest's name as Go shows it: white space becomes underscores, other
// unprintable characters their escapes.
func rewrite(s string) string {
	out := ""
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0 ||
			r == 0x1680 || r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000:
			out += "_"
		case r == 7:
			out += "\\a"
		case r == 8:
			out += "\\b"
		case r < 0x20 || r == 0x7f:
			out += fmt.Sprintf("\\x%02x", r)
		default:
			out += string(r)
		}
	}
	return out
}

// names counts the full test names used so far, to make each unique as Go does (#01, #02...).
var names = map[string]int{}

func unique(name string, empty bool) string {
	for {
		next, exists := names[name]
		if !empty && !exists {
			names[name] = 1
			return name
		}
		names[name] = next + 1
		name = fmt.Sprintf("%s#%02d", name, next)
		empty = false
	}
}

func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: unique(t.name+"/"+rewrite(name), name == ""), parent: t, depth: t.depth + 1}
	run(sub, f)
	return !sub.failed
}

// report writes a failed test's header and output to its parent, or to stdout at the top.
func (t *T) report() {
	if !t.failed {
		return
	}
	s := fmt.Sprintf("%s--- FAIL: %s (%.2fs)\n%s", strings.Repeat("    ", t.depth), t.name, t.duration.Seconds(), t.output)
	t.output = ""
	if t.parent != nil {
		t.parent.output += s
	} else {
		fmt.Print(s)
	}
}

// run runs f as test t in a goroutine of its own and waits for it.
func run(t *T, f func(t *T)) {
	t.done = make(chan struct{})
	t.ctx, t.cancel = context.WithCancel(context.Background())
	go runner(t, f)
	<-t.done
}

func runner(t *T, f func(t *T)) {
	defer func() {
		r := recover()
		t.runCleanups()
		t.duration = time.Since(t.start)
		if r != nil {
			// Report this test and its parents (running their cleanups), then die.
			t.Fail()
			for c := t; c != nil; c = c.parent {
				c.duration = time.Since(c.start)
				c.report()
				if c.parent != nil {
					c.parent.runCleanups()
				}
			}
			panic(r)
		}
		t.report()
		close(t.done)
	}()
	t.start = time.Now()
	f(t)
	t.finished = true
}

// runCleanups cancels the test's context, then runs its cleanups, last registered first.
func (t *T) runCleanups() {
	t.cancel()
	for len(t.cleanups) > 0 {
		f := t.cleanups[len(t.cleanups)-1]
		t.cleanups = t.cleanups[:len(t.cleanups)-1]
		f()
	}
}

// Short reports whether -test.short is set (never, without flags).
func Short() bool { return false }

// Verbose reports whether -test.v is set (never, without flags).
func Verbose() bool { return false }

// Testing reports whether the program is a test binary.
func Testing() bool { return testBinary }

var testBinary bool

var tests []InternalTest

// addTest and runTests are what the test binary's main calls: every test in source order.
func addTest(name string, f func(*T)) {
	tests = append(tests, InternalTest{Name: name, F: f})
}

func runTests() {
	testBinary = true
	if len(tests) == 0 {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	failed := false
	for _, test := range tests {
		t := &T{name: test.Name}
		run(t, test.F)
		if t.failed {
			failed = true
		}
	}
	if failed {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
}
