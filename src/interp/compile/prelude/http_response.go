// The exchange itself: the handler's ResponseWriter (header snapshot at WriteHeader, body
// buffered until the handler returns or flushes, Go's sniffed Content-Type, Content-Length
// or chunks) and the client's Body reading it as it comes.
package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

func bodyAllowedForStatus(status int) bool {
	switch {
	case status >= 100 && status <= 199:
		return false
	case status == 204:
		return false
	case status == 304:
		return false
	}
	return true
}

func (w *response) Header() Header {
	return w.handlerHdr
}

func (w *response) WriteHeader(code int) {
	if w.finished {
		return
	}
	if w.wroteHeader {
		fmt.Fprintf(os.Stderr, "%s http: superfluous response.WriteHeader call from %s\n", time.Now().Format("2006/01/02 15:04:05"), relevantCaller())
		return
	}
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	if code >= 100 && code <= 199 && code != 101 {
		return
	}
	w.wroteHeader = true
	w.status = code
	w.snapHdr = w.handlerHdr.Clone()
}

func (w *response) Write(p []byte) (int, error) {
	if w.finished {
		return 0, errors.New("http: response.Write after the handler returned")
	}
	if !w.wroteHeader {
		w.WriteHeader(200)
	}
	if len(p) == 0 {
		return 0, nil
	}
	if !bodyAllowedForStatus(w.status) {
		return 0, ErrBodyNotAllowed
	}
	w.written += int64(len(p))
	if w.req.Method == "HEAD" {
		if len(w.headSniff) < 512 {
			w.headSniff = append(w.headSniff, p...)
		}
		return len(p), nil
	}
	w.mu.Lock()
	w.pending = append(w.pending, p...)
	w.mu.Unlock()
	// As Go's server: past its 2KB buffer the body goes out in chunks (no Content-Length), and
	// the client sees the header once the connection's 4KB buffer fills.
	if !w.headerSent && w.written > 2048 {
		w.chunked = w.snapHdr.Get("Content-Length") == ""
		if int64(w.headerBytes())+w.written+10 > 4096 {
			w.send(false)
		}
	}
	w.signal()
	return len(p), nil
}

// headerBytes: about how long the response's header is on the wire.
func (w *response) headerBytes() int {
	n := len("HTTP/1.1 200 OK\r\nDate: Mon, 02 Jan 2006 15:04:05 GMT\r\nTransfer-Encoding: chunked\r\n\r\n")
	h := w.snapHdr
	if h == nil {
		h = w.handlerHdr
	}
	for k, vs := range h {
		for _, v := range vs {
			n += len(k) + len(v) + 4
		}
	}
	if _, ok := h["Content-Type"]; !ok {
		n += len("Content-Type: text/plain; charset=utf-8\r\n")
	}
	return n
}

func (w *response) WriteString(s string) (int, error) {
	return w.Write([]byte(s))
}

func (w *response) Flush() {
	if w.finished {
		return
	}
	if !w.wroteHeader {
		w.WriteHeader(200)
	}
	if !w.headerSent {
		w.send(false)
	}
	w.signal()
}

// signal wakes a client waiting for more of the body.
func (w *response) signal() {
	w.mu.Lock()
	close(w.wake)
	w.wake = make(chan struct{})
	w.mu.Unlock()
}

// send sends the response's header to the client: final when the handler has returned, so
// the whole body is known (Content-Length), else the body follows in chunks.
func (w *response) send(final bool) {
	code := w.status
	if code == 0 {
		code = 200
	}
	// The header as it was at WriteHeader: later changes are not sent.
	h := w.snapHdr
	if h == nil {
		h = w.handlerHdr.Clone()
	}
	w.mu.Lock()
	sniff := w.pending
	w.mu.Unlock()
	if w.req.Method == "HEAD" {
		sniff = w.headSniff
	}
	_, haveType := h["Content-Type"]
	if !haveType && bodyAllowedForStatus(code) && len(sniff) > 0 && h.Get("Transfer-Encoding") == "" {
		if len(sniff) > 512 {
			sniff = sniff[:512]
		}
		h.Set("Content-Type", DetectContentType(sniff))
	}
	var length int64 = -1
	if final && !w.chunked || !bodyAllowedForStatus(code) {
		length = w.written
		if bodyAllowedForStatus(code) && h.Get("Content-Length") == "" {
			h.Set("Content-Length", strconv.FormatInt(w.written, 10))
		}
		if !bodyAllowedForStatus(code) {
			length = 0
		}
	}
	if cl := h.Get("Content-Length"); cl != "" {
		if n, err := strconv.ParseInt(cl, 10, 64); err == nil {
			length = n
		}
	}
	if _, ok := h["Date"]; !ok {
		h.Set("Date", time.Now().Format(TimeFormat))
	}
	text := StatusText(code)
	if text == "" {
		text = "status code " + strconv.Itoa(code)
	}
	w.clientResp = &Response{
		Status:        strconv.Itoa(code) + " " + text,
		StatusCode:    code,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        h,
		ContentLength: length,
	}
	w.headerSent = true
	close(w.sent)
}

// finish ends the exchange once the handler has returned.
func (w *response) finish() {
	if !w.headerSent {
		w.send(true)
	}
	w.mu.Lock()
	w.finished = true
	w.mu.Unlock()
	w.signal()
}

// abort ends the exchange after a handler's panic: the client sees the connection close.
func (w *response) abort() {
	w.mu.Lock()
	w.finished = true
	w.bodyErr = io.ErrUnexpectedEOF
	w.mu.Unlock()
	if !w.headerSent {
		w.headerSent = true
		close(w.sent)
	} else {
		w.signal()
	}
}

func (b *body) Read(p []byte) (int, error) {
	if b.closed {
		return 0, errors.New("http: read on closed response body")
	}
	w := b.w
	for {
		w.mu.Lock()
		if len(w.pending) > 0 {
			n := copy(p, w.pending)
			w.pending = w.pending[n:]
			w.mu.Unlock()
			return n, nil
		}
		if w.finished {
			err := w.bodyErr
			w.mu.Unlock()
			if err != nil {
				return 0, err
			}
			b.atEOF()
			return 0, io.EOF
		}
		wake := w.wake
		w.mu.Unlock()
		select {
		case <-wake:
		case <-b.ctx.Done():
			w.c.close()
			err := context.Cause(b.ctx)
			if b.timed != nil && b.timed() {
				err = &timeoutError{err.Error() + " (Client.Timeout or context cancellation while reading body)"}
			}
			return 0, err
		}
	}
}

// atEOF: the body was read to its end, so the connection can serve another request.
func (b *body) atEOF() {
	if b.eof {
		return
	}
	b.eof = true
	if b.stop != nil {
		b.stop()
	}
	b.w.c.idle()
}

// Close before the end: as Go's transport, drain what is left (at most 256KB, for at most
// 50ms) so that the connection can serve again, else close it.
func (b *body) Close() error {
	if b.closed {
		return nil
	}
	b.closed = true
	if b.eof {
		return nil
	}
	w := b.w
	switch {
	case w.clientResp.ContentLength > 256<<10:
		w.c.close()
	case w.finished:
		b.drained()
	default:
		go b.drain()
	}
	if b.stop != nil {
		b.stop()
	}
	return nil
}

// drained: the rest of the body is discarded; the connection serves again if it came whole.
func (b *body) drained() {
	w := b.w
	w.mu.Lock()
	w.pending = nil
	err := w.bodyErr
	w.mu.Unlock()
	if err == nil {
		w.c.idle()
	} else {
		w.c.close()
	}
}

// drain waits up to 50ms for a handler still writing to finish.
func (b *body) drain() {
	w := b.w
	limit := time.After(50 * time.Millisecond)
	for {
		w.mu.Lock()
		w.pending = nil
		finished := w.finished
		wake := w.wake
		w.mu.Unlock()
		if finished {
			b.drained()
			return
		}
		select {
		case <-wake:
		case <-limit:
			w.c.close()
			return
		}
	}
}
