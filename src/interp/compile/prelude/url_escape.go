// Escaping and unescaping as Go's net/url does it for each part of a URL, user info, and
// query Values with ParseQuery and Encode.
package url

import (
	"errors"
	"sort"
	"strings"
)

const (
	encodePath = 1 + iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func shouldEscape(c byte, mode int) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	if mode == encodeHost || mode == encodeZone {
		switch c {
		case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
			return false
		}
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
		switch mode {
		case encodePath:
			return c == '?'
		case encodePathSegment:
			return c == '/' || c == ';' || c == ',' || c == '?'
		case encodeUserPassword:
			return c == '@' || c == '/' || c == '?' || c == ':'
		case encodeQueryComponent:
			return true
		case encodeFragment:
			return false
		}
	}
	if mode == encodeFragment {
		switch c {
		case '!', '(', ')', '*':
			return false
		}
	}
	return true
}

func QueryUnescape(s string) (string, error) {
	return unescape(s, encodeQueryComponent)
}

func PathUnescape(s string) (string, error) {
	return unescape(s, encodePathSegment)
}

func unescape(s string, mode int) (string, error) {
	b := []byte(s)
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '%':
			if i+2 >= len(b) || !ishex(b[i+1]) || !ishex(b[i+2]) {
				bad := b[i:]
				if len(bad) > 3 {
					bad = bad[:3]
				}
				return "", EscapeError(string(bad))
			}
			v := unhex(b[i+1])<<4 | unhex(b[i+2])
			if mode == encodeHost && v < 0x80 && v != '%' {
				return "", EscapeError(string(b[i : i+3]))
			}
			out = append(out, v)
			i += 2
		case c == '+' && mode == encodeQueryComponent:
			out = append(out, ' ')
		default:
			if (mode == encodeHost || mode == encodeZone) && c < 0x80 && shouldEscape(c, mode) {
				return "", InvalidHostError(string(b[i : i+1]))
			}
			out = append(out, c)
		}
	}
	return string(out), nil
}

func QueryEscape(s string) string {
	return escape(s, encodeQueryComponent)
}

func PathEscape(s string) string {
	return escape(s, encodePathSegment)
}

var upperhex = "0123456789ABCDEF"

func escape(s string, mode int) string {
	var out []byte
	for _, c := range []byte(s) {
		switch {
		case c == ' ' && mode == encodeQueryComponent:
			out = append(out, '+')
		case shouldEscape(c, mode):
			out = append(out, '%', upperhex[c>>4], upperhex[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func User(username string) *Userinfo {
	return &Userinfo{username, "", false}
}

func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username, password, true}
}

func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

func (v Values) Set(key, value string) {
	v[key] = []string{value}
}

func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

func (v Values) Del(key string) {
	delete(v, key)
}

func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

func ParseQuery(query string) (Values, error) {
	m := make(Values)
	var err error
	for query != "" {
		var key string
		key, query, _ = strings.Cut(query, "&")
		if strings.Contains(key, ";") {
			if err == nil {
				err = errors.New("invalid semicolon separator in query")
			}
			continue
		}
		if key == "" {
			continue
		}
		key, value, _ := strings.Cut(key, "=")
		key, err1 := QueryUnescape(key)
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		value, err1 = QueryUnescape(value)
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[key] = append(m[key], value)
	}
	return m, err
}

func (v Values) Encode() string {
	if len(v) == 0 {
		return ""
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var buf strings.Builder
	for _, k := range keys {
		keyEscaped := QueryEscape(k)
		for _, val := range v[k] {
			if buf.Len() > 0 {
				buf.WriteByte('&')
			}
			buf.WriteString(keyEscaped)
			buf.WriteByte('=')
			buf.WriteString(QueryEscape(val))
		}
	}
	return buf.String()
}
