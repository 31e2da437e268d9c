// Package http: net/http's types, headers, status codes, requests, responses and the client,
// as Go's behave, over an in-process network (http_server.go): a server started in the program
// (httptest.NewServer) answers the program's own client on the virtual clock. This file declares
// every type of the package; http_server.go and http_mux.go add code.
package http

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"
)

const (
	MethodGet     = "GET"
	MethodHead    = "HEAD"
	MethodPost    = "POST"
	MethodPut     = "PUT"
	MethodPatch   = "PATCH"
	MethodDelete  = "DELETE"
	MethodConnect = "CONNECT"
	MethodOptions = "OPTIONS"
	MethodTrace   = "TRACE"
)

const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

const DefaultMaxHeaderBytes = 1 << 20

var (
	ErrServerClosed       = errors.New("http: Server closed")
	ErrHandlerTimeout     = errors.New("http: Handler timeout")
	ErrBodyNotAllowed     = errors.New("http: request method or response status code does not allow body")
	ErrAbortHandler       = errors.New("net/http: abort Handler")
	ErrUseLastResponse    = errors.New("net/http: use last response")
	ErrNoLocation         = errors.New("http: no Location header in response")
	ErrMissingFile        = errors.New("http: no such file")
	ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")
	ErrContentLength      = errors.New("http: wrote more than the declared Content-Length")
	ErrNotSupported       = errors.New("feature not supported")
)

type Header map[string][]string

type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

type HandlerFunc func(ResponseWriter, *Request)

type ResponseWriter interface {
	Header() Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

type Flusher interface {
	Flush()
}

type RoundTripper interface {
	RoundTrip(*Request) (*Response, error)
}

type Request struct {
	Method        string
	URL           *url.URL
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	Body          io.ReadCloser
	GetBody       func() (io.ReadCloser, error)
	ContentLength int64
	Close         bool
	Host          string
	Form          url.Values
	PostForm      url.Values
	RemoteAddr    string
	RequestURI    string
	Pattern       string
	Response      *Response
	ctx           context.Context
	pathValues    map[string]string
}

type Response struct {
	Status        string
	StatusCode    int
	Proto         string
	ProtoMajor    int
	ProtoMinor    int
	Header        Header
	Body          io.ReadCloser
	ContentLength int64
	Close         bool
	Uncompressed  bool
	Request       *Request
}

type Client struct {
	Transport     RoundTripper
	CheckRedirect func(req *Request, via []*Request) error
	Timeout       time.Duration
}

type Transport struct {
	DisableKeepAlives  bool
	DisableCompression bool
	MaxIdleConns       int
	IdleConnTimeout    time.Duration
}

type Server struct {
	Addr              string
	Handler           Handler
	ReadTimeout       time.Duration
	ReadHeaderTimeout time.Duration
	WriteTimeout      time.Duration
	IdleTimeout       time.Duration
	MaxHeaderBytes    int
	BaseContext       func(net.Listener) context.Context
	ConnContext       func(ctx context.Context, c net.Conn) context.Context
	mu                sync.Mutex
	inShutdown        bool
	onShutdown        []func()
	network           *listener
}

// listener: a server listening on the in-process network.
type listener struct {
	srv     *Server
	addr    string
	port    int
	done    chan struct{}
	baseCtx context.Context
	mu      sync.Mutex
	closed  bool
	conns   []*conn
	active  sync.WaitGroup
	onIdle  func(c *conn)
}

// conn: one client connection to a listener; state is the server's view of it (new, active,
// idle, closed), reusable the client's (its last response read to the end).
type conn struct {
	l          *listener
	t          *Transport
	remoteAddr string
	ctx        context.Context
	cancel     context.CancelFunc
	state      string
	reusable   bool
	closed     bool
	serving    bool
	bgRead     bool
	peerGone   bool
}

// reqBody: a request's body as the server reads it; once it is read to its end the server
// notices a client that goes (Go's background read), not before.
type reqBody struct {
	r *strings.Reader
	c *conn
}

// response: the server's side of one exchange, and the pipe its body flows through.
type response struct {
	c           *conn
	req         *Request
	cancel      context.CancelFunc
	handlerHdr  Header
	snapHdr     Header
	status      int
	wroteHeader bool
	headerSent  bool
	chunked     bool
	sent        chan struct{}
	finished    bool
	panicked    bool
	written     int64
	mu          sync.Mutex
	pending     []byte
	headSniff   []byte
	wake        chan struct{}
	bodyErr     error
	clientResp  *Response
}

// body: the client's view of a response body.
type body struct {
	w      *response
	ctx    context.Context
	closed bool
	eof    bool
	stop   func()
	timed  func() bool
}

type noBody struct{}

func (noBody) Read([]byte) (int, error) {
	return 0, io.EOF
}

func (noBody) Close() error {
	return nil
}

func (noBody) WriteTo(io.Writer) (int64, error) {
	return 0, nil
}

var NoBody = noBody{}

type contextKey struct {
	name string
}

func (k *contextKey) String() string {
	return "net/http context value " + k.name
}

var (
	ServerContextKey    = &contextKey{"http-server"}
	LocalAddrContextKey = &contextKey{"local-addr"}
)

type ServeMux struct {
	mu     sync.Mutex
	routes []*route
}

// route: one registered pattern.
type route struct {
	pattern string
	method  string
	host    string
	segs    []string
	prefix  bool
	handler Handler
}

// timeoutError: the client's error when Client.Timeout ends a request.
type timeoutError struct {
	err string
}

func (e *timeoutError) Error() string {
	return e.err
}

func (e *timeoutError) Timeout() bool {
	return true
}

func (e *timeoutError) Temporary() bool {
	return true
}

func (e *timeoutError) Is(err error) bool {
	return err == context.DeadlineExceeded
}

// relevantCaller: the program's function calling into the package, and where.
func relevantCaller() string

func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) {
	f(w, r)
}

// Header.

func (h Header) Add(key, value string) {
	key = CanonicalHeaderKey(key)
	h[key] = append(h[key], value)
}

func (h Header) Set(key, value string) {
	h[CanonicalHeaderKey(key)] = []string{value}
}

func (h Header) Get(key string) string {
	v := h[CanonicalHeaderKey(key)]
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

func (h Header) Values(key string) []string {
	return h[CanonicalHeaderKey(key)]
}

func (h Header) Del(key string) {
	delete(h, CanonicalHeaderKey(key))
}

func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	h2 := make(Header, len(h))
	for k, v := range h {
		if v == nil {
			h2[k] = nil
			continue
		}
		h2[k] = append([]string(nil), v...)
	}
	return h2
}

func validHeaderFieldByte(c byte) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func CanonicalHeaderKey(s string) string {
	b := []byte(s)
	for _, c := range b {
		if !validHeaderFieldByte(c) {
			return s
		}
	}
	upper := true
	for i, c := range b {
		if upper && 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		} else if !upper && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
		upper = c == '-'
	}
	return string(b)
}

// Requests.

func validMethod(method string) bool {
	if method == "" {
		return false
	}
	for _, c := range []byte(method) {
		if !validHeaderFieldByte(c) {
			return false
		}
	}
	return true
}

func NewRequest(method, url string, body io.Reader) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, body)
}

func NewRequestWithContext(ctx context.Context, method, urlStr string, body io.Reader) (*Request, error) {
	if method == "" {
		method = "GET"
	}
	if !validMethod(method) {
		return nil, fmt.Errorf("net/http: invalid method %q", method)
	}
	if ctx == nil {
		return nil, errors.New("net/http: nil Context")
	}
	u, err := url.Parse(urlStr)
	if err != nil {
		return nil, err
	}
	rc, ok := body.(io.ReadCloser)
	if !ok && body != nil {
		rc = io.NopCloser(body)
	}
	u.Host = strings.TrimSuffix(u.Host, ":")
	req := &Request{
		ctx:        ctx,
		Method:     method,
		URL:        u,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     make(Header),
		Body:       rc,
		Host:       u.Host,
	}
	switch v := body.(type) {
	case *bytes.Buffer:
		req.ContentLength = int64(v.Len())
		buf := v.Bytes()
		req.GetBody = func() (io.ReadCloser, error) {
			return io.NopCloser(bytes.NewReader(buf)), nil
		}
	case *bytes.Reader:
		req.ContentLength = int64(v.Len())
		snapshot := *v
		req.GetBody = func() (io.ReadCloser, error) {
			r := snapshot
			return io.NopCloser(&r), nil
		}
	case *strings.Reader:
		req.ContentLength = int64(v.Len())
		snapshot := *v
		req.GetBody = func() (io.ReadCloser, error) {
			r := snapshot
			return io.NopCloser(&r), nil
		}
	}
	if req.GetBody != nil && req.ContentLength == 0 {
		req.Body = NoBody
		req.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
	}
	return req, nil
}

func (r *Request) Context() context.Context {
	if r.ctx != nil {
		return r.ctx
	}
	return context.Background()
}

func (r *Request) WithContext(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	return r2
}

func (r *Request) Clone(ctx context.Context) *Request {
	r2 := r.WithContext(ctx)
	if r.URL != nil {
		u := *r.URL
		r2.URL = &u
	}
	r2.Header = r.Header.Clone()
	return r2
}

func (r *Request) UserAgent() string {
	return r.Header.Get("User-Agent")
}

func (r *Request) Referer() string {
	return r.Header.Get("Referer")
}

func (r *Request) PathValue(name string) string {
	return r.pathValues[name]
}

func (r *Request) SetPathValue(name, value string) {
	if r.pathValues == nil {
		r.pathValues = map[string]string{}
	}
	r.pathValues[name] = value
}

func (r *Request) ParseForm() error {
	var err error
	if r.PostForm == nil {
		r.PostForm = make(url.Values)
		if (r.Method == "POST" || r.Method == "PUT" || r.Method == "PATCH") && r.Body != nil &&
			strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
			b, e := io.ReadAll(r.Body)
			if e != nil {
				err = e
			} else {
				r.PostForm, err = url.ParseQuery(string(b))
			}
		}
	}
	if r.Form == nil {
		r.Form = make(url.Values)
		for k, v := range r.PostForm {
			r.Form[k] = append(r.Form[k], v...)
		}
		if r.URL != nil {
			q, e := url.ParseQuery(r.URL.RawQuery)
			if err == nil {
				err = e
			}
			for k, v := range q {
				r.Form[k] = append(r.Form[k], v...)
			}
		}
	}
	return err
}

func (r *Request) FormValue(key string) string {
	r.ParseForm()
	return r.Form.Get(key)
}

func (r *Request) PostFormValue(key string) string {
	r.ParseForm()
	return r.PostForm.Get(key)
}

func (r *Request) BasicAuth() (username, password string, ok bool) {
	return "", "", false
}

// Responses.

func (r *Response) Location() (*url.URL, error) {
	lv := r.Header.Get("Location")
	if lv == "" {
		return nil, ErrNoLocation
	}
	if r.Request != nil && r.Request.URL != nil {
		return r.Request.URL.Parse(lv)
	}
	return url.Parse(lv)
}
