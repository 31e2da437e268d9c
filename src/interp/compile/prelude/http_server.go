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
	"net"
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
	l := &listener{srv: srv, addr: addr, port: nextPort, done: make(chan struct{})}
	base := context.Background()
	if srv.BaseContext != nil {
		base = srv.BaseContext(l)
		if base == nil {
			panic("BaseContext returned a nil context")
		}
	}
	l.baseCtx = context.WithValue(base, ServerContextKey, srv)
	srv.network = l
	listening = append(listening, l)
	return l
}

// The listener as a net.Listener: its address; Accept waits until it is closed (the
// in-process network hands connections to the server itself).
func (l *listener) Addr() net.Addr {
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: l.port}
}

func (l *listener) Accept() (net.Conn, error) {
	<-l.done
	return nil, &net.OpError{Op: "accept", Net: "tcp", Addr: l.Addr(), Err: net.ErrClosed}
}

func (l *listener) Close() error {
	if l.closed {
		return &net.OpError{Op: "close", Net: "tcp", Addr: l.Addr(), Err: net.ErrClosed}
	}
	l.close()
	return nil
}

// The server's end of a connection as a net.Conn.
func (c *conn) Read(b []byte) (int, error) {
	return 0, &net.OpError{Op: "read", Net: "tcp", Addr: c.RemoteAddr(), Err: errors.New("the server reads its connections itself")}
}

func (c *conn) Write(b []byte) (int, error) {
	return 0, &net.OpError{Op: "write", Net: "tcp", Addr: c.RemoteAddr(), Err: errors.New("the server writes its connections itself")}
}

func (c *conn) Close() error {
	c.close()
	return nil
}

func (c *conn) LocalAddr() net.Addr {
	return c.l.Addr()
}

func (c *conn) RemoteAddr() net.Addr {
	_, port, _ := net.SplitHostPort(c.remoteAddr)
	p, _ := strconv.Atoi(port)
	return &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: p}
}

func (c *conn) SetDeadline(t time.Time) error {
	return nil
}

func (c *conn) SetReadDeadline(t time.Time) error {
	return nil
}

func (c *conn) SetWriteDeadline(t time.Time) error {
	return nil
}

// close stops listening and closes idle connections (active ones finish their request).
func (l *listener) close() {
	if !l.closed {
		close(l.done)
	}
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

// closeIdle closes the connections transport t keeps for reuse (all transports' for nil).
func (l *listener) closeIdle(t *Transport) {
	for _, c := range l.conns {
		if c.reusable && (t == nil || c.t == t) {
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
			if c.reusable && c.t == t {
				c.reusable = false
				return c
			}
		}
	}
	nextClient++
	c := &conn{l: l, t: t, remoteAddr: "127.0.0.1:" + strconv.Itoa(nextClient), state: "new"}
	ctx := l.baseCtx
	if cc := l.srv.ConnContext; cc != nil {
		ctx = cc(ctx, c)
		if ctx == nil {
			panic("ConnContext returned nil")
		}
	}
	ctx = context.WithValue(ctx, LocalAddrContextKey, l.Addr())
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

// idle returns the connection to its transport's pool once its response has been read.
func (c *conn) idle() {
	if c.closed {
		return
	}
	if c.t.DisableKeepAlives || c.l.closed {
		c.close()
		return
	}
	c.reusable = true
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
		ContentLength: contentLength(req, data),
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

// contentLength: the request's length as the server reads it: -1 for a body of unknown length
// (sent in chunks), unless it proves empty.
func contentLength(req *Request, data []byte) int64 {
	if req.ContentLength == 0 && len(data) > 0 {
		return -1
	}
	return int64(len(data))
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
	if c.l.closed {
		// A closed server keeps no connection alive after its response.
		c.close()
	} else if !c.closed {
		c.state = "idle"
	}
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
	return net.noListen("tcp", addr)
}

func (srv *Server) ListenAndServeTLS(certFile, keyFile string) error {
	return srv.ListenAndServe()
}

func (srv *Server) RegisterOnShutdown(f func()) {
	srv.onShutdown = append(srv.onShutdown, f)
}

func (srv *Server) Shutdown(ctx context.Context) error {
	srv.inShutdown = true
	for _, f := range srv.onShutdown {
		go f()
	}
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
