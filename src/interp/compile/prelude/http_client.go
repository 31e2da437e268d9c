// The client: Client.Do with Go's redirects, Client.Timeout (a deadline on the request's
// context, its error worded as Go words it) and *url.Error; the transport dials the in-process
// network, keeps idle connections per transport, and answers as Go's does when nothing listens.
package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

var DefaultTransport RoundTripper = &Transport{}

var DefaultClient = &Client{}

func Get(url string) (*Response, error) {
	return DefaultClient.Get(url)
}

func Head(url string) (*Response, error) {
	return DefaultClient.Head(url)
}

func Post(url, contentType string, body io.Reader) (*Response, error) {
	return DefaultClient.Post(url, contentType, body)
}

func PostForm(url string, data url.Values) (*Response, error) {
	return DefaultClient.PostForm(url, data)
}

func (c *Client) Get(url string) (*Response, error) {
	req, err := NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Head(url string) (*Response, error) {
	req, err := NewRequest("HEAD", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

func (c *Client) Post(url, contentType string, body io.Reader) (*Response, error) {
	req, err := NewRequest("POST", url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

func (c *Client) PostForm(url string, data url.Values) (*Response, error) {
	return c.Post(url, "application/x-www-form-urlencoded", strings.NewReader(data.Encode()))
}

func (c *Client) CloseIdleConnections() {
	if t, ok := c.transport().(*Transport); ok {
		t.CloseIdleConnections()
	}
}

func (c *Client) transport() RoundTripper {
	if c.Transport != nil {
		return c.Transport
	}
	return DefaultTransport
}

func urlErrorOp(method string) string {
	if method == "" {
		return "Get"
	}
	return method[:1] + strings.ToLower(method[1:])
}

func (r *Request) closeBody() {
	if r.Body != nil {
		r.Body.Close()
	}
}

func stripPassword(u *url.URL) string {
	if _, ok := u.User.Password(); ok {
		return strings.Replace(u.String(), u.User.String()+"@", u.User.Username()+":***@", 1)
	}
	return u.String()
}

func (c *Client) Do(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, &url.Error{Op: urlErrorOp(req.Method), Err: errors.New("http: nil Request.URL")}
	}
	var deadline time.Time
	if c.Timeout > 0 {
		deadline = time.Now().Add(c.Timeout)
	}
	var (
		reqs           []*Request
		resp           *Response
		redirectMethod string
		includeBody    bool
	)
	uerr := func(err error) error {
		return &url.Error{Op: urlErrorOp(reqs[0].Method), URL: stripPassword(req.URL), Err: err}
	}
	for {
		if len(reqs) > 0 {
			loc := resp.Header.Get("Location")
			if loc == "" {
				return resp, nil
			}
			u, err := req.URL.Parse(loc)
			if err != nil {
				resp.Body.Close()
				return nil, uerr(fmt.Errorf("failed to parse Location header %q: %v", loc, err))
			}
			ireq := reqs[0]
			req = &Request{
				Method:     redirectMethod,
				Response:   resp,
				URL:        u,
				Proto:      "HTTP/1.1",
				ProtoMajor: 1,
				ProtoMinor: 1,
				Header:     ireq.Header.Clone(),
				ctx:        ireq.ctx,
			}
			if ref := refererForURL(reqs[len(reqs)-1].URL, req.URL, ireq.Header.Get("Referer")); ref != "" {
				req.Header.Set("Referer", ref)
			}
			if includeBody && ireq.GetBody != nil {
				req.Body, err = ireq.GetBody()
				if err != nil {
					resp.Body.Close()
					return nil, uerr(err)
				}
				req.GetBody = ireq.GetBody
				req.ContentLength = ireq.ContentLength
			}
			if c.CheckRedirect != nil {
				err = c.CheckRedirect(req, reqs)
			} else if len(reqs) >= 10 {
				err = errors.New("stopped after 10 redirects")
			}
			if err == ErrUseLastResponse {
				return resp, nil
			}
			resp.Body.Close()
			if err != nil {
				return resp, &url.Error{Op: urlErrorOp(ireq.Method), URL: loc, Err: err}
			}
		}
		reqs = append(reqs, req)
		var err error
		var didTimeout func() bool
		if resp, didTimeout, err = c.send(req, deadline); err != nil {
			if !deadline.IsZero() && didTimeout() {
				err = &timeoutError{err.Error() + " (Client.Timeout exceeded while awaiting headers)"}
			}
			return nil, uerr(err)
		}
		var shouldRedirect bool
		redirectMethod, shouldRedirect, includeBody = redirectBehavior(req.Method, resp, reqs[0])
		if !shouldRedirect {
			return resp, nil
		}
		req.closeBody()
	}
}

// refererForURL: the Referer a redirected request carries, as Go's client sets it.
func refererForURL(lastReq, newReq *url.URL, explicitRef string) string {
	if lastReq.Scheme == "https" && newReq.Scheme == "http" {
		return ""
	}
	if explicitRef != "" {
		return explicitRef
	}
	referer := lastReq.String()
	if lastReq.User != nil {
		referer = strings.Replace(referer, lastReq.User.String()+"@", "", 1)
	}
	return referer
}

func redirectBehavior(reqMethod string, resp *Response, ireq *Request) (redirectMethod string, shouldRedirect, includeBody bool) {
	switch resp.StatusCode {
	case 301, 302, 303:
		redirectMethod = reqMethod
		shouldRedirect = true
		if reqMethod != "GET" && reqMethod != "HEAD" {
			redirectMethod = "GET"
		}
	case 307, 308:
		redirectMethod = reqMethod
		shouldRedirect = true
		includeBody = true
		if resp.Header.Get("Location") == "" {
			shouldRedirect = false
		}
		if ireq.GetBody == nil && ireq.Body != nil && ireq.Body != NoBody {
			shouldRedirect = false
		}
	}
	return redirectMethod, shouldRedirect, includeBody
}

func alwaysFalse() bool {
	return false
}

func (c *Client) send(req *Request, deadline time.Time) (*Response, func() bool, error) {
	stop, didTimeout := func() {}, alwaysFalse
	if !deadline.IsZero() {
		old := req.Context()
		if d, ok := old.Deadline(); !ok || deadline.Before(d) {
			r2 := new(Request)
			*r2 = *req
			ctx, cancel := context.WithDeadline(old, deadline)
			r2.ctx = ctx
			req = r2
			stop = cancel
			didTimeout = func() bool { return !time.Now().Before(deadline) }
		}
	}
	resp, err := c.transport().RoundTrip(req)
	if err != nil {
		stop()
		return nil, didTimeout, err
	}
	if resp == nil {
		stop()
		return nil, didTimeout, fmt.Errorf("http: RoundTripper implementation (%T) returned a nil *Response with a nil error", c.transport())
	}
	if b, ok := resp.Body.(*body); ok {
		b.stop = stop
		b.timed = didTimeout
	}
	return resp, nil, nil
}

// canonicalAddr: the URL's host and port, the scheme's port if it names none.
func canonicalAddr(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	host := u.Hostname()
	if host == "localhost" {
		host = "127.0.0.1"
	}
	return host + ":" + port
}

func (t *Transport) RoundTrip(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, errors.New("http: nil Request.URL")
	}
	if req.Header == nil {
		req.closeBody()
		return nil, errors.New("http: nil Request.Header")
	}
	scheme := req.URL.Scheme
	if scheme != "http" && scheme != "https" {
		req.closeBody()
		return nil, fmt.Errorf("unsupported protocol scheme %q", scheme)
	}
	if req.Method != "" && !validMethod(req.Method) {
		req.closeBody()
		return nil, fmt.Errorf("net/http: invalid method %q", req.Method)
	}
	if req.URL.Host == "" {
		req.closeBody()
		return nil, errors.New("http: no Host in request URL")
	}
	ctx := req.Context()
	select {
	case <-ctx.Done():
		req.closeBody()
		return nil, context.Cause(ctx)
	default:
	}
	addr := canonicalAddr(req.URL)
	l := lookupListener(addr)
	if l == nil {
		req.closeBody()
		host := req.URL.Hostname()
		if host == "127.0.0.1" || host == "localhost" || host == "::1" {
			_, port, _ := net.SplitHostPort(addr)
			p, _ := strconv.Atoi(port)
			return nil, net.refused("dial", &net.TCPAddr{IP: net.ParseIP(host), Port: p})
		}
		return nil, net.noHost(host)
	}
	if scheme == "https" {
		req.closeBody()
		return nil, errors.New("http: server gave HTTP response to HTTPS client")
	}
	return l.dial(t).roundTrip(req, t)
}

func (t *Transport) CloseIdleConnections() {
	for _, l := range listening {
		l.closeIdle(t)
	}
}
