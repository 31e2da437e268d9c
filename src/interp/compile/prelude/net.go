// Package net: the interfaces and addresses net/http's API names (Addr, Conn, Listener,
// TCPAddr, IP), its errors (OpError, DNSError) and the host:port helpers, as Go's behave. A
// page has no sockets: Listen says so; HTTP servers listen on net/http's in-process network.
package net

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

type Addr interface {
	Network() string
	String() string
}

type Conn interface {
	Read(b []byte) (n int, err error)
	Write(b []byte) (n int, err error)
	Close() error
	LocalAddr() Addr
	RemoteAddr() Addr
	SetDeadline(t time.Time) error
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
}

type Listener interface {
	Accept() (Conn, error)
	Close() error
	Addr() Addr
}

type Error interface {
	error
	Timeout() bool
	Temporary() bool
}

type IP []byte

type TCPAddr struct {
	IP   IP
	Port int
	Zone string
}

type OpError struct {
	Op     string
	Net    string
	Source Addr
	Addr   Addr
	Err    error
}

type DNSError struct {
	UnwrapErr   error
	Err         string
	Name        string
	Server      string
	IsTimeout   bool
	IsTemporary bool
	IsNotFound  bool
}

// syscallError: an error of the system call named, worded as Go's *os.SyscallError.
type syscallError struct {
	call string
	err  string
}

var ErrClosed = errors.New("use of closed network connection")

func (e *syscallError) Error() string {
	return e.call + ": " + e.err
}

func (e *syscallError) Timeout() bool {
	return false
}

// refused: the error of dialling an address nothing listens on.
func refused(op string, addr Addr) error {
	return &OpError{Op: op, Net: "tcp", Addr: addr, Err: &syscallError{"connect", "connection refused"}}
}

// noHost: the error of dialling a host name the page cannot resolve.
func noHost(host string) error {
	return &OpError{Op: "dial", Net: "tcp", Err: &DNSError{Err: "no such host", Name: host, IsNotFound: true}}
}

func IPv4(a, b, c, d byte) IP {
	return IP{a, b, c, d}
}

func ParseIP(s string) IP {
	if s == "::1" {
		return IP{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	}
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return nil
	}
	ip := make(IP, 4)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 || len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return nil
		}
		ip[i] = byte(n)
	}
	return ip
}

func (ip IP) String() string {
	switch len(ip) {
	case 0:
		return "<nil>"
	case 4:
		return strconv.Itoa(int(ip[0])) + "." + strconv.Itoa(int(ip[1])) + "." + strconv.Itoa(int(ip[2])) + "." + strconv.Itoa(int(ip[3]))
	case 16:
		loop := true
		for i := 0; i < 15; i++ {
			loop = loop && ip[i] == 0
		}
		if loop && ip[15] == 1 {
			return "::1"
		}
	}
	return "?"
}

func (ip IP) Equal(x IP) bool {
	return ip.String() == x.String()
}

func (ip IP) IsLoopback() bool {
	return len(ip) == 4 && ip[0] == 127 || ip.String() == "::1"
}

func (a *TCPAddr) Network() string {
	return "tcp"
}

func (a *TCPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ""
	if len(a.IP) != 0 {
		ip = a.IP.String()
	}
	if a.Zone != "" {
		return JoinHostPort(ip+"%"+a.Zone, strconv.Itoa(a.Port))
	}
	return JoinHostPort(ip, strconv.Itoa(a.Port))
}

func (e *OpError) Unwrap() error {
	return e.Err
}

func (e *OpError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Op
	if e.Net != "" {
		s += " " + e.Net
	}
	if e.Source != nil {
		s += " " + e.Source.String()
	}
	if e.Addr != nil {
		if e.Source != nil {
			s += "->"
		} else {
			s += " "
		}
		s += e.Addr.String()
	}
	return s + ": " + e.Err.Error()
}

func (e *OpError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

func (e *OpError) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	return s + ": " + e.Err
}

func (e *DNSError) Unwrap() error {
	return e.UnwrapErr
}

func (e *DNSError) Timeout() bool {
	return e.IsTimeout
}

func (e *DNSError) Temporary() bool {
	return e.IsTimeout || e.IsTemporary
}

func JoinHostPort(host, port string) string {
	if strings.Contains(host, ":") {
		return "[" + host + "]:" + port
	}
	return host + ":" + port
}

func SplitHostPort(hostport string) (host, port string, err error) {
	addrErr := func(why string) (string, string, error) {
		return "", "", &AddrError{Err: why, Addr: hostport}
	}
	i := strings.LastIndex(hostport, ":")
	if i < 0 {
		return addrErr("missing port in address")
	}
	if strings.HasPrefix(hostport, "[") {
		end := strings.Index(hostport, "]")
		if end < 0 {
			return addrErr("missing ']' in address")
		}
		if end+1 != i {
			return addrErr("missing port in address")
		}
		return hostport[1:end], hostport[i+1:], nil
	}
	host = hostport[:i]
	if strings.Contains(host, ":") {
		return addrErr("too many colons in address")
	}
	return host, hostport[i+1:], nil
}

type AddrError struct {
	Err  string
	Addr string
}

func (e *AddrError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := e.Err
	if e.Addr != "" {
		s = "address " + e.Addr + ": " + s
	}
	return s
}

func (e *AddrError) Timeout() bool {
	return false
}

func (e *AddrError) Temporary() bool {
	return false
}

// listenAddr: the address a listen call names, as Go prints it (":8080", "127.0.0.1:80").
func listenAddr(address string) Addr {
	host, port, err := SplitHostPort(address)
	if err != nil {
		return nil
	}
	p, err := strconv.Atoi(port)
	if err != nil {
		switch port {
		case "http":
			p = 80
		case "https":
			p = 443
		default:
			return nil
		}
	}
	return &TCPAddr{IP: ParseIP(host), Port: p}
}

// noListen: the error of listening on a port, which a page cannot do.
func noListen(network, address string) error {
	return &OpError{Op: "listen", Net: network, Addr: listenAddr(address), Err: errors.New("a page cannot listen on a port (serve the handler with net/http/httptest.NewServer)")}
}

func Listen(network, address string) (Listener, error) {
	return nil, noListen(network, address)
}
