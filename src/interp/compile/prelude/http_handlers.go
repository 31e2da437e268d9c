// Helpers for handlers: Error, NotFound, Redirect, StripPrefix, TimeoutHandler (the handler
// runs under a context with a deadline; the client gets 503 when it passes) and Go's sniffing
// of a body's Content-Type.
package http

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

func Error(w ResponseWriter, error string, code int) {
	h := w.Header()
	h.Del("Content-Length")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprintln(w, error)
}

func NotFound(w ResponseWriter, r *Request) {
	Error(w, "404 page not found", StatusNotFound)
}

func NotFoundHandler() Handler {
	return HandlerFunc(NotFound)
}

func Redirect(w ResponseWriter, r *Request, url string, code int) {
	if u, err := r.URL.Parse(url); err == nil && r.URL != nil {
		if u.Scheme == "" && u.Host == "" {
			url = u.String()
			if r.URL.Scheme == "" && r.URL.Host == "" && strings.HasPrefix(url, "//") {
				url = u.RequestURI()
			}
		}
	}
	h := w.Header()
	_, hadCT := h["Content-Type"]
	h.Set("Location", url)
	if !hadCT && (r.Method == "GET" || r.Method == "HEAD") {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if !hadCT && r.Method == "GET" {
		fmt.Fprintln(w, "<a href=\""+htmlEscape(url)+"\">"+StatusText(code)+"</a>.")
		fmt.Fprintln(w)
	}
}

func htmlEscape(s string) string {
	s = strings.ReplaceAll(s, "&", "&amp;")
	s = strings.ReplaceAll(s, "<", "&lt;")
	s = strings.ReplaceAll(s, ">", "&gt;")
	s = strings.ReplaceAll(s, "\"", "&#34;")
	return strings.ReplaceAll(s, "'", "&#39;")
}

func RedirectHandler(url string, code int) Handler {
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		Redirect(w, r, url, code)
	})
}

func StripPrefix(prefix string, h Handler) Handler {
	if prefix == "" {
		return h
	}
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		p := strings.TrimPrefix(r.URL.Path, prefix)
		if len(p) < len(r.URL.Path) {
			r2 := new(Request)
			*r2 = *r
			u := *r.URL
			r2.URL = &u
			r2.URL.Path = p
			r2.URL.RawPath = ""
			h.ServeHTTP(w, r2)
		} else {
			NotFound(w, r)
		}
	})
}

// DetectContentType: the MIME type Go's sniffer gives the first bytes of a body, for text,
// HTML, XML, JSON-as-text, PDF and binary data.
func DetectContentType(data []byte) string {
	if len(data) > 512 {
		data = data[:512]
	}
	i := 0
	for i < len(data) && (data[i] == '\t' || data[i] == '\n' || data[i] == '\x0c' || data[i] == '\r' || data[i] == ' ') {
		i++
	}
	rest := strings.ToUpper(string(data[i:]))
	for _, tag := range []string{"<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A", "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--"} {
		if strings.HasPrefix(rest, tag) && len(rest) > len(tag) {
			c := rest[len(tag)]
			if c == ' ' || c == '>' {
				return "text/html; charset=utf-8"
			}
		}
	}
	if strings.HasPrefix(rest, "<?XML") {
		return "text/xml; charset=utf-8"
	}
	if strings.HasPrefix(string(data), "%PDF-") {
		return "application/pdf"
	}
	for _, b := range data {
		if b <= 0x08 || b == 0x0B || 0x0E <= b && b <= 0x1A || 0x1C <= b && b <= 0x1F {
			return "application/octet-stream"
		}
	}
	return "text/plain; charset=utf-8"
}

type timeoutHandler struct {
	handler Handler
	body    string
	dt      time.Duration
}

// timeoutWriter: what the inner handler writes, held until it returns in time.
type timeoutWriter struct {
	w           ResponseWriter
	h           Header
	wbuf        []byte
	req         *Request
	mu          sync.Mutex
	err         error
	wroteHeader bool
	code        int
}

func TimeoutHandler(h Handler, dt time.Duration, msg string) Handler {
	return &timeoutHandler{handler: h, body: msg, dt: dt}
}

func (h *timeoutHandler) errorBody() string {
	if h.body != "" {
		return h.body
	}
	return "<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>"
}

func (h *timeoutHandler) ServeHTTP(w ResponseWriter, r *Request) {
	ctx, cancelCtx := context.WithTimeout(r.Context(), h.dt)
	defer cancelCtx()
	r = r.WithContext(ctx)
	done := make(chan struct{})
	tw := &timeoutWriter{w: w, h: make(Header), req: r}
	panicChan := make(chan any, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				panicChan <- p
			}
		}()
		h.handler.ServeHTTP(tw, r)
		close(done)
	}()
	select {
	case p := <-panicChan:
		panic(p)
	case <-done:
		tw.mu.Lock()
		defer tw.mu.Unlock()
		dst := w.Header()
		for k, vv := range tw.h {
			dst[k] = vv
		}
		if !tw.wroteHeader {
			tw.code = StatusOK
		}
		w.WriteHeader(tw.code)
		w.Write(tw.wbuf)
	case <-ctx.Done():
		tw.mu.Lock()
		defer tw.mu.Unlock()
		err := ctx.Err()
		w.WriteHeader(StatusServiceUnavailable)
		if err == context.DeadlineExceeded {
			io.WriteString(w, h.errorBody())
			tw.err = ErrHandlerTimeout
		} else {
			tw.err = err
		}
	}
}

func (tw *timeoutWriter) Header() Header {
	return tw.h
}

func (tw *timeoutWriter) Write(p []byte) (int, error) {
	tw.mu.Lock()
	defer tw.mu.Unlock()
	if tw.err != nil {
		return 0, tw.err
	}
	if !tw.wroteHeader {
		tw.wroteHeader = true
		tw.code = StatusOK
	}
	tw.wbuf = append(tw.wbuf, p...)
	return len(p), nil
}

func (tw *timeoutWriter) WriteHeader(code int) {
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	tw.mu.Lock()
	defer tw.mu.Unlock()
	if tw.err != nil || tw.wroteHeader {
		return
	}
	tw.wroteHeader = true
	tw.code = code
}

// ResponseController: Flush for any ResponseWriter that can (Go 1.20's way to reach it through
// wrappers that Unwrap).
type ResponseController struct {
	rw ResponseWriter
}

func NewResponseController(rw ResponseWriter) *ResponseController {
	return &ResponseController{rw}
}

func (c *ResponseController) Flush() error {
	rw := c.rw
	for {
		switch t := rw.(type) {
		case interface{ FlushError() error }:
			return t.FlushError()
		case Flusher:
			t.Flush()
			return nil
		case interface{ Unwrap() ResponseWriter }:
			rw = t.Unwrap()
		default:
			return fmt.Errorf("%w", ErrNotSupported)
		}
	}
}
