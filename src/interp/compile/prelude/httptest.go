// Package httptest: a test server on the in-process network (its URL "http://127.0.0.1:PORT",
// Close waiting for outstanding requests as Go's does, and saying so after 5 seconds), and the
// ResponseRecorder and NewRequest for calling a handler directly.
package httptest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

const DefaultRemoteAddr = "1.2.3.4"

type Server struct {
	URL         string
	Listener    net.Listener
	EnableHTTP2 bool
	Config      *http.Server
	l           *http.listener
	client      *http.Client
	closed      bool
}

func NewServer(handler http.Handler) *Server {
	ts := NewUnstartedServer(handler)
	ts.Start()
	return ts
}

func NewUnstartedServer(handler http.Handler) *Server {
	return &Server{Config: &http.Server{Handler: handler}}
}

func (s *Server) Start() {
	if s.URL != "" {
		panic("Server already started")
	}
	s.l = http.listenLocal(s.Config)
	s.Listener = s.l
	s.URL = "http://" + s.l.Addr().String()
	s.client = &http.Client{Transport: &http.Transport{}}
}

func (s *Server) Client() *http.Client {
	return s.client
}

func (s *Server) Close() {
	if s.l == nil || s.closed {
		return
	}
	s.closed = true
	s.l.close()
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		t.CloseIdleConnections()
	}
	if s.client != nil {
		s.client.CloseIdleConnections()
	}
	t := time.AfterFunc(5*time.Second, s.logCloseHangDebugInfo)
	defer t.Stop()
	s.l.wait()
}

func (s *Server) logCloseHangDebugInfo() {
	var buf strings.Builder
	buf.WriteString(time.Now().Format("2006/01/02 15:04:05") + " httptest.Server blocked in Close after 5 seconds, waiting for connections:\n")
	for i, c := range s.l.activeConns() {
		fmt.Fprintf(&buf, "  *net.TCPConn %#x %v in state active\n", 0xc000100000+0x80*i, c.remoteAddr)
	}
	os.Stderr.WriteString(buf.String())
}

func (s *Server) CloseClientConnections() {
	for _, c := range s.l.activeConns() {
		c.close()
	}
	s.l.closeIdle(nil)
}

type ResponseRecorder struct {
	Code        int
	HeaderMap   http.Header
	Body        *bytes.Buffer
	Flushed     bool
	result      *http.Response
	snapHeader  http.Header
	wroteHeader bool
}

func NewRecorder() *ResponseRecorder {
	return &ResponseRecorder{
		HeaderMap: make(http.Header),
		Body:      new(bytes.Buffer),
		Code:      200,
	}
}

func (rw *ResponseRecorder) Header() http.Header {
	m := rw.HeaderMap
	if m == nil {
		m = make(http.Header)
		rw.HeaderMap = m
	}
	return m
}

func (rw *ResponseRecorder) writeHeader(b []byte, str string) {
	if rw.wroteHeader {
		return
	}
	if len(str) > 512 {
		str = str[:512]
	}
	m := rw.Header()
	_, hasType := m["Content-Type"]
	hasTE := m.Get("Transfer-Encoding") != ""
	if !hasType && !hasTE {
		if b == nil {
			b = []byte(str)
		}
		m.Set("Content-Type", http.DetectContentType(b))
	}
	rw.WriteHeader(200)
}

func (rw *ResponseRecorder) Write(buf []byte) (int, error) {
	rw.writeHeader(buf, "")
	if rw.Body != nil {
		rw.Body.Write(buf)
	}
	return len(buf), nil
}

func (rw *ResponseRecorder) WriteString(str string) (int, error) {
	rw.writeHeader(nil, str)
	if rw.Body != nil {
		rw.Body.WriteString(str)
	}
	return len(str), nil
}

func (rw *ResponseRecorder) WriteHeader(code int) {
	if rw.wroteHeader {
		return
	}
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	rw.Code = code
	rw.wroteHeader = true
	if rw.HeaderMap == nil {
		rw.HeaderMap = make(http.Header)
	}
	rw.snapHeader = rw.HeaderMap.Clone()
}

func (rw *ResponseRecorder) Flush() {
	if !rw.wroteHeader {
		rw.WriteHeader(200)
	}
	rw.Flushed = true
}

func (rw *ResponseRecorder) Result() *http.Response {
	if rw.result != nil {
		return rw.result
	}
	if rw.snapHeader == nil {
		rw.snapHeader = rw.HeaderMap.Clone()
	}
	res := &http.Response{
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		StatusCode: rw.Code,
		Header:     rw.snapHeader,
	}
	rw.result = res
	if res.StatusCode == 0 {
		res.StatusCode = 200
	}
	res.Status = fmt.Sprintf("%03d %s", res.StatusCode, http.StatusText(res.StatusCode))
	if rw.Body != nil {
		res.Body = io.NopCloser(bytes.NewReader(rw.Body.Bytes()))
	} else {
		res.Body = http.NoBody
	}
	res.ContentLength = -1
	if cl := res.Header.Get("Content-Length"); cl != "" {
		if n, err := strconv.ParseInt(cl, 10, 64); err == nil {
			res.ContentLength = n
		}
	}
	return res
}

func NewRequest(method, target string, body io.Reader) *http.Request {
	return NewRequestWithContext(context.Background(), method, target, body)
}

func NewRequestWithContext(ctx context.Context, method, target string, body io.Reader) *http.Request {
	if method == "" {
		method = "GET"
	}
	u, err := url.ParseRequestURI(target)
	if err != nil {
		panic("invalid NewRequest arguments; " + err.Error())
	}
	req, err := http.NewRequestWithContext(ctx, method, "http://example.com", body)
	if err != nil {
		panic("invalid NewRequest arguments; " + err.Error())
	}
	req.URL = u
	req.RequestURI = target
	req.Host = "example.com"
	if u.Host != "" {
		req.Host = u.Host
	}
	req.RemoteAddr = "192.0.2.1:1234"
	if body == nil {
		req.Body = http.NoBody
	} else if req.ContentLength == 0 {
		switch b := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(b.Len())
		case *bytes.Reader:
			req.ContentLength = int64(b.Len())
		default:
			req.ContentLength = -1
		}
	}
	if u.Scheme == "" {
		req.URL.Host = ""
	}
	return req
}
