// Package testing: what the test binary `go test -c` builds does, without flags. Each TestXxx
// runs in its own goroutine, in source order; its output (Log, Error, ...) is kept and printed
// under `--- FAIL: TestXxx (0.00s)` only if it fails; then PASS, or FAIL and exit status 1.
// Durations come from the clock. A test that calls Parallel waits until its parent's function
// has returned, then runs alongside its parallel siblings (with no -test.parallel limit).
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
	// signal carries true when the test calls Parallel (its Run returns), false when it ends.
	signal   chan bool
	parallel bool
	// barrier is closed when the test's function has returned: its parallel subtests go on.
	barrier chan struct{}
	subs    []*T
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

// Parallel pauses the test until its parent's function has returned, then runs it alongside
// the parent's other parallel subtests (all at once: there is no -test.parallel limit here).
func (t *T) Parallel() {
	if t.parallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.parallel = true
	t.duration += time.Since(t.start)
	t.parent.subs = append(t.parent.subs, t)
	t.signal <- true
	<-t.parent.barrier
	t.start = time.Now()
}

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
	full := rewrite(name)
	if t.depth >= 0 {
		full = t.name + "/" + full
	}
	sub := &T{name: unique(full, name == ""), parent: t, depth: t.depth + 1}
	if run(sub, f) {
		return true
	}
	return !sub.failed
}

// report writes a failed test's header and output to its parent, or to stdout at the top.
func (t *T) report() {
	if !t.failed || t.depth < 0 {
		return
	}
	s := fmt.Sprintf("%s--- FAIL: %s (%.2fs)\n%s", strings.Repeat("    ", t.depth), t.name, t.duration.Seconds(), t.output)
	t.output = ""
	if t.parent.depth >= 0 {
		t.parent.output += s
	} else {
		fmt.Print(s)
	}
}

// run runs f as test t in a goroutine of its own and waits until it ends or calls Parallel
// (then reports true).
func run(t *T, f func(t *T)) bool {
	t.signal = make(chan bool, 1)
	t.barrier = make(chan struct{})
	t.ctx, t.cancel = context.WithCancel(context.Background())
	go runner(t, f)
	return <-t.signal
}

func runner(t *T, f func(t *T)) {
	defer func() {
		r := recover()
		if r != nil {
			// Report this test and its parents (running their cleanups), then die.
			t.runCleanups()
			t.Fail()
			for c := t; c.depth >= 0; c = c.parent {
				c.duration += time.Since(c.start)
				c.report()
				c.parent.runCleanups()
			}
			panic(r)
		}
		if len(t.subs) > 0 {
			t.duration += time.Since(t.start)
			close(t.barrier)
			for _, sub := range t.subs {
				<-sub.signal
			}
			start := time.Now()
			t.runCleanups()
			t.duration += time.Since(start)
		} else {
			t.runCleanups()
			t.duration += time.Since(t.start)
		}
		t.report()
		t.signal <- false
	}()
	t.start = time.Now()
	f(t)
	t.finished = true
}

// runCleanups cancels the test's context, then runs its cleanups, last registered first.
func (t *T) runCleanups() {
	if t.cancel != nil {
		t.cancel()
	}
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
	// The root runs every test as its subtest; parallel ones go on once the list is done.
	root := &T{depth: -1}
	run(root, func(t *T) {
		for _, test := range tests {
			t.Run(test.Name, test.F)
		}
	})
	if root.failed {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
}
