// Package signal: os/signal on the virtual process. Notify registers channels per signal; a
// signal the program sends itself (syscall.Kill) is handed to each registered channel without
// blocking (dropped when the channel is full, as Go does); NotifyContext's context is cancelled
// with the cause "NAME signal received" by the first of its signals.
package signal

import (
	"context"
	"fmt"
	"os"
	"syscall"
)

type handler struct {
	c    chan<- os.Signal
	all  bool
	sigs map[syscall.Signal]bool
}

var (
	handlers []*handler
	ignored  = map[syscall.Signal]bool{}
	hooked   = hook()
)

func hook() bool {
	syscall.setNotify(deliver)
	return true
}

func (h *handler) wants(s syscall.Signal) bool {
	return h.all || h.sigs[s]
}

func signum(s os.Signal) (syscall.Signal, bool) {
	n, ok := s.(syscall.Signal)
	if !ok || n <= 0 || n > 64 {
		return 0, false
	}
	return n, true
}

// deliver hands sig to every channel that wants it and reports whether the program handles
// it (caught or ignored), so that no default action applies.
func deliver(sig syscall.Signal) bool {
	if ignored[sig] {
		return true
	}
	handled := false
	for _, h := range handlers {
		if !h.wants(sig) {
			continue
		}
		handled = true
		select {
		case h.c <- sig:
		default:
		}
	}
	return handled
}

func find(c chan<- os.Signal) *handler {
	for _, h := range handlers {
		if h.c == c {
			return h
		}
	}
	return nil
}

func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	h := find(c)
	if h == nil {
		h = &handler{c: c, sigs: map[syscall.Signal]bool{}}
		handlers = append(handlers, h)
	}
	if len(sig) == 0 {
		h.all = true
		for s := range ignored {
			delete(ignored, s)
		}
		return
	}
	for _, s := range sig {
		if n, ok := signum(s); ok {
			h.sigs[n] = true
			delete(ignored, n)
		}
	}
}

func Stop(c chan<- os.Signal) {
	for i, h := range handlers {
		if h.c == c {
			handlers = append(handlers[:i:i], handlers[i+1:]...)
			return
		}
	}
}

// forget removes sig (every signal when sig is empty) from every registration.
func forget(sig []os.Signal) {
	for _, h := range handlers {
		if len(sig) == 0 {
			h.all = false
			h.sigs = map[syscall.Signal]bool{}
			continue
		}
		for _, s := range sig {
			if n, ok := signum(s); ok {
				if h.all {
					h.all = false
					for i := syscall.Signal(1); i <= 64; i++ {
						h.sigs[i] = true
					}
				}
				delete(h.sigs, n)
			}
		}
	}
}

func Ignore(sig ...os.Signal) {
	forget(sig)
	if len(sig) == 0 {
		for i := syscall.Signal(1); i <= 64; i++ {
			ignored[i] = true
		}
		return
	}
	for _, s := range sig {
		if n, ok := signum(s); ok {
			ignored[n] = true
		}
	}
}

func Ignored(sig os.Signal) bool {
	n, ok := signum(sig)
	return ok && ignored[n]
}

func Reset(sig ...os.Signal) {
	forget(sig)
	if len(sig) == 0 {
		for s := range ignored {
			delete(ignored, s)
		}
		return
	}
	for _, s := range sig {
		if n, ok := signum(s); ok {
			delete(ignored, n)
		}
	}
}

type signalError string

func (s signalError) Error() string { return string(s) }

// nameContext makes ctx print as name (and its children under it).
func nameContext(ctx context.Context, name string)

func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	name := "signal.NotifyContext(" + fmt.Sprint(parent)
	if len(signals) != 0 {
		name += ", ["
		for i, s := range signals {
			if i > 0 {
				name += " "
			}
			name += s.String()
		}
		name += "]"
	}
	nameContext(ctx, name+")")
	ch := make(chan os.Signal, 1)
	Notify(ch, signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case s := <-ch:
				cancel(signalError(s.String() + " signal received"))
			case <-ctx.Done():
			}
		}()
	}
	return ctx, func() {
		cancel(nil)
		Stop(ch)
	}
}
