// The server side of the in-process network: listeners on 127.0.0.1 with ports handed out in
// order, connections with Go's contexts (the server's, the connection's, the request's), each
// request's handler in its own goroutine, its response sent when it returns or flushes, its
// context cancelled when it returns or the client goes, its panics recovered and logged.
package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// The in-process network: listening servers, in the order they started.
var (
	listening  []*listener
	nextPort   = 41000
	nextClient = 52000
)

func lookupListener(addr string) *listener {
	for _, l := range listening {
		if l.addr == addr && !l.closed {
			return l
		}
	}
	return nil
}

// listenLocal starts srv on a fresh port of 127.0.0.1 (httptest's servers).
func listenLocal(srv *Server) *listener {
	nextPort++
	addr := "127.0.0.1:" + strconv.Itoa(nextPort)
	l := &listener{srv: srv, addr: addr}
	l.baseCtx = context.WithValue(context.Background(), ServerContextKey, srv)
	srv.network = l
	listening = append(listening, l)
	return l
}

// Addr is the address the listener listens on.
func (l *listener) Addr() string {
	return l.addr
}

// close stops listening and closes idle connections (active ones finish their request).
func (l *listener) close() {
	l.closed = true
	for i, x := range listening {
		if x == l {
			listening = append(listening[:i:i], listening[i+1:]...)
			break
		}
	}
	for _, c := range l.conns {
		if c.state == "idle" || c.state == "new" {
			c.close()
		}
	}
}

// closeIdle closes the idle connections of transport t (all of them for nil).
func (l *listener) closeIdle(t *Transport) {
	for _, c := range l.conns {
		if c.state == "idle" && (t == nil || c.t == t) {
			c.close()
		}
	}
}

// activeConns lists the connections still serving a request.
func (l *listener) activeConns() []*conn {
	var out []*conn
	for _, c := range l.conns {
		if c.state == "active" {
			out = append(out, c)
		}
	}
	return out
}

// wait blocks until every request the listener is serving has been answered.
func (l *listener) wait() {
	l.active.Wait()
}

// dial gives transport t a connection to the listener: its last idle one, or a new one.
func (l *listener) dial(t *Transport) *conn {
	if !t.DisableKeepAlives {
		for i := len(l.conns) - 1; i >= 0; i-- {
			c := l.conns[i]
			if c.state == "idle" && c.t == t {
				return c
			}
		}
	}
	nextClient++
	c := &conn{l: l, t: t, remoteAddr: "127.0.0.1:" + strconv.Itoa(nextClient), state: "new"}
	ctx := context.WithValue(l.baseCtx, LocalAddrContextKey, &tcpAddr{l.addr})
	c.ctx, c.cancel = context.WithCancel(ctx)
	l.conns = append(l.conns, c)
	return c
}

func (b *reqBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if b.r.Len() == 0 {
		b.c.startBackgroundRead()
	}
	return n, err
}

func (b *reqBody) Close() error {
	return nil
}

// startBackgroundRead: the request's body is read, so the server now watches the connection
// and cancels the request's context when the client has gone.
func (c *conn) startBackgroundRead() {
	if c.bgRead {
		return
	}
	c.bgRead = true
	if c.peerGone {
		c.cancel()
	}
}

// close closes the connection. A request being served sees its context cancelled, once the
// server watches the connection (its body read, as in Go), else when its handler returns.
func (c *conn) close() {
	if c.closed {
		return
	}
	c.closed = true
	c.state = "closed"
	if c.serving && !c.bgRead {
		c.peerGone = true
	} else {
		c.cancel()
	}
	l := c.l
	for i, x := range l.conns {
		if x == c {
			l.conns = append(l.conns[:i:i], l.conns[i+1:]...)
			break
		}
	}
}

// idle returns the connection to its transport's pool once an exchange is over.
func (c *conn) idle() {
	if c.closed {
		return
	}
	if c.t.DisableKeepAlives || c.l.closed {
		c.close()
		return
	}
	c.state = "idle"
}

// roundTrip sends req on the connection and waits for the response's header.
func (c *conn) roundTrip(req *Request, t *Transport) (*Response, error) {
	ctx := req.Context()
	var data []byte
	if req.Body != nil && req.Body != NoBody {
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			c.close()
			return nil, err
		}
		data = b
	}
	method := req.Method
	if method == "" {
		method = "GET"
	}
	uri := req.URL.RequestURI()
	u, err := url.ParseRequestURI(uri)
	if err != nil {
		c.close()
		return nil, err
	}
	h := req.Header.Clone()
	if _, ok := h["User-Agent"]; !ok {
		h.Set("User-Agent", "Go-http-client/1.1")
	}
	if method != "HEAD" && !t.DisableCompression && h.Get("Accept-Encoding") == "" && h.Get("Range") == "" {
		h.Set("Accept-Encoding", "gzip")
	}
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	var rbody io.ReadCloser = NoBody
	c.bgRead = len(data) == 0
	c.peerGone = false
	if len(data) > 0 {
		rbody = &reqBody{strings.NewReader(string(data)), c}
	}
	sreq := &Request{
		Method:        method,
		URL:           u,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        h,
		Body:          rbody,
		ContentLength: int64(len(data)),
		Host:          host,
		RemoteAddr:    c.remoteAddr,
		RequestURI:    uri,
	}
	rctx, cancel := context.WithCancel(c.ctx)
	sreq.ctx = rctx
	w := &response{c: c, req: sreq, cancel: cancel, handlerHdr: make(Header), sent: make(chan struct{}), wake: make(chan struct{})}
	c.state = "active"
	c.serving = true
	c.l.active.Add(1)
	go c.serve(w, sreq)
	select {
	case <-w.sent:
	case <-ctx.Done():
		c.close()
		return nil, context.Cause(ctx)
	}
	if w.clientResp == nil {
		c.close()
		return nil, io.EOF
	}
	resp := w.clientResp
	resp.Request = req
	resp.Body = &body{w: w, ctx: ctx}
	if method == "HEAD" || !bodyAllowedForStatus(resp.StatusCode) {
		resp.Body = NoBody
		if w.finished {
			c.idle()
		}
	}
	return resp, nil
}

// serve runs the handler for one request, as the server's connection goroutine does.
func (c *conn) serve(w *response, r *Request) {
	defer c.l.active.Done()
	defer func() {
		if err := recover(); err != nil {
			if err != ErrAbortHandler {
				fmt.Fprintf(os.Stderr, "%s http: panic serving %s: %v\n", time.Now().Format("2006/01/02 15:04:05"), c.remoteAddr, err)
			}
			w.cancel()
			c.serving = false
			c.close()
			w.abort()
		}
	}()
	h := c.l.srv.Handler
	if h == nil {
		h = DefaultServeMux
	}
	h.ServeHTTP(w, r)
	w.cancel()
	c.serving = false
	if c.peerGone {
		c.cancel()
	}
	w.finish()
}

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
		fmt.Fprintf(os.Stderr, "%s http: superfluous response.WriteHeader call\n", time.Now().Format("2006/01/02 15:04:05"))
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
	w.handlerHdr = w.handlerHdr.Clone()
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
	n := len(w.pending)
	w.mu.Unlock()
	if !w.headerSent && n > 4096 {
		w.send(false)
	}
	w.signal()
	return len(p), nil
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
	h := w.handlerHdr.Clone()
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
	if final || !bodyAllowedForStatus(code) {
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

func (b *body) Close() error {
	if b.closed {
		return nil
	}
	b.closed = true
	if !b.eof {
		if b.stop != nil {
			b.stop()
		}
		b.w.c.close()
	}
	return nil
}

// Servers that would listen on a port.

func (srv *Server) ListenAndServe() error {
	if srv.inShutdown {
		return ErrServerClosed
	}
	addr := srv.Addr
	if addr == "" {
		addr = ":http"
	}
	return &netError{msg: "listen tcp " + addr + ": a page cannot listen on a port (serve the handler with net/http/httptest.NewServer)"}
}

func (srv *Server) ListenAndServeTLS(certFile, keyFile string) error {
	return srv.ListenAndServe()
}

func (srv *Server) Shutdown(ctx context.Context) error {
	srv.inShutdown = true
	if l := srv.network; l != nil {
		l.close()
		done := make(chan struct{})
		go func() {
			l.wait()
			close(done)
		}()
		select {
		case <-done:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (srv *Server) Close() error {
	srv.inShutdown = true
	if l := srv.network; l != nil {
		l.close()
		for _, c := range l.activeConns() {
			c.close()
		}
	}
	return nil
}

func (srv *Server) SetKeepAlivesEnabled(v bool) {
}

func ListenAndServe(addr string, handler Handler) error {
	server := &Server{Addr: addr, Handler: handler}
	return server.ListenAndServe()
}

func ListenAndServeTLS(addr, certFile, keyFile string, handler Handler) error {
	server := &Server{Addr: addr, Handler: handler}
	return server.ListenAndServe()
}

// Helpers for handlers.

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
