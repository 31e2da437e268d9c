// Package syscall: signals and the process, as Linux numbers and Go's texts give them. The
// program is the only process of its world: Kill reaches it or no one. A signal sent to itself
// goes to os/signal's channels; with none wanting it, Go's default action applies.
package syscall

import "strconv"

type Signal int

const (
	SIGHUP    Signal = 0x1
	SIGINT    Signal = 0x2
	SIGQUIT   Signal = 0x3
	SIGILL    Signal = 0x4
	SIGTRAP   Signal = 0x5
	SIGABRT   Signal = 0x6
	SIGIOT    Signal = 0x6
	SIGBUS    Signal = 0x7
	SIGFPE    Signal = 0x8
	SIGKILL   Signal = 0x9
	SIGUSR1   Signal = 0xa
	SIGSEGV   Signal = 0xb
	SIGUSR2   Signal = 0xc
	SIGPIPE   Signal = 0xd
	SIGALRM   Signal = 0xe
	SIGTERM   Signal = 0xf
	SIGSTKFLT Signal = 0x10
	SIGCHLD   Signal = 0x11
	SIGCLD    Signal = 0x11
	SIGCONT   Signal = 0x12
	SIGSTOP   Signal = 0x13
	SIGTSTP   Signal = 0x14
	SIGTTIN   Signal = 0x15
	SIGTTOU   Signal = 0x16
	SIGURG    Signal = 0x17
	SIGXCPU   Signal = 0x18
	SIGXFSZ   Signal = 0x19
	SIGVTALRM Signal = 0x1a
	SIGPROF   Signal = 0x1b
	SIGWINCH  Signal = 0x1c
	SIGIO     Signal = 0x1d
	SIGPOLL   Signal = 0x1d
	SIGPWR    Signal = 0x1e
	SIGSYS    Signal = 0x1f
	SIGUNUSED Signal = 0x1f
)

var signalNames = []string{
	"", "hangup", "interrupt", "quit", "illegal instruction", "trace/breakpoint trap", "aborted",
	"bus error", "floating point exception", "killed", "user defined signal 1", "segmentation fault",
	"user defined signal 2", "broken pipe", "alarm clock", "terminated", "stack fault",
	"child exited", "continued", "stopped (signal)", "stopped", "stopped (tty input)",
	"stopped (tty output)", "urgent I/O condition", "CPU time limit exceeded",
	"file size limit exceeded", "virtual timer expired", "profiling timer expired",
	"window changed", "I/O possible", "power failure", "bad system call",
}

func (s Signal) Signal() {}

func (s Signal) String() string {
	if 0 < s && int(s) < len(signalNames) {
		return signalNames[s]
	}
	return "signal " + strconv.Itoa(int(s))
}

type Errno uintptr

const (
	EPERM  Errno = 0x1
	ENOENT Errno = 0x2
	ESRCH  Errno = 0x3
	EINTR  Errno = 0x4
	EAGAIN Errno = 0xb
	EACCES Errno = 0xd
	EEXIST Errno = 0x11
	EINVAL Errno = 0x16
)

func (e Errno) Error() string {
	switch e {
	case EPERM:
		return "operation not permitted"
	case ENOENT:
		return "no such file or directory"
	case ESRCH:
		return "no such process"
	case EINTR:
		return "interrupted system call"
	case EAGAIN:
		return "resource temporarily unavailable"
	case EACCES:
		return "permission denied"
	case EEXIST:
		return "file exists"
	case EINVAL:
		return "invalid argument"
	}
	return "errno " + strconv.Itoa(int(e))
}

// The program's process id in its world of one process.
const pid = 4242

func Getpid() int { return pid }

func Getppid() int { return 1 }

func Exit(code int)

// notify is os/signal's: it hands a signal to the channels Notify registered for it and reports
// whether the program handles it (caught or ignored).
var notify func(sig Signal) bool

func setNotify(f func(sig Signal) bool) { notify = f }

func Kill(pid int, sig Signal) error {
	if sig < 0 || sig > 64 {
		return EINVAL
	}
	if pid != Getpid() && pid != 0 && pid != -1 {
		return ESRCH
	}
	if sig == 0 {
		return nil
	}
	if sig != SIGKILL && sig != SIGSTOP && notify != nil && notify(sig) {
		return nil
	}
	defaultAction(sig)
	return nil
}

// defaultAction is what the Go runtime does with a signal no one asked for: SIGHUP, SIGINT,
// SIGTERM (and SIGKILL) end the process, which `go run` reports as `signal: NAME`; SIGQUIT,
// SIGILL, SIGTRAP, SIGABRT, SIGSTKFLT, SIGSYS and faults make the runtime crash with exit
// status 2; the rest are ignored (job control stops have no terminal to stop for here).
func defaultAction(sig Signal) {
	switch sig {
	case SIGHUP, SIGINT, SIGTERM, SIGKILL, 32, 34:
		print("signal: " + sig.String() + "\n")
		Exit(128 + int(sig))
	case SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSTKFLT, SIGSYS:
		print(crashName(sig) + "\nPC=0x0 m=0 sigcode=0\n\nexit status 2\n")
		Exit(2)
	}
}

func crashName(sig Signal) string {
	switch sig {
	case SIGQUIT:
		return "SIGQUIT: quit"
	case SIGILL:
		return "SIGILL: illegal instruction"
	case SIGTRAP:
		return "SIGTRAP: trace trap"
	case SIGABRT:
		return "SIGABRT: abort"
	case SIGBUS:
		return "SIGBUS: bus error"
	case SIGFPE:
		return "SIGFPE: floating-point exception"
	case SIGSEGV:
		return "SIGSEGV: segmentation violation"
	case SIGSTKFLT:
		return "SIGSTKFLT: stack fault"
	}
	return "SIGSYS: bad system call"
}
