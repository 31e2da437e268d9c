// ServeMux with Go 1.22's patterns: "[METHOD ][HOST]/path", a trailing slash matching the
// subtree, {name} and {name...} wildcards and {$}; the most specific pattern wins; 404 for no
// match, 405 with Allow when only the method differs, a redirect to the subtree's "/path/".
package http

import (
	"fmt"
	"sort"
	"strings"
)

var DefaultServeMux = NewServeMux()

func NewServeMux() *ServeMux {
	return &ServeMux{}
}

func Handle(pattern string, handler Handler) {
	DefaultServeMux.Handle(pattern, handler)
}

func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}

func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	mux.Handle(pattern, HandlerFunc(handler))
}

func (mux *ServeMux) Handle(pattern string, handler Handler) {
	if handler == nil {
		panic("http: nil handler")
	}
	rt, err := parsePattern(pattern)
	if err != nil {
		panic(fmt.Sprintf("parsing %q: %v", pattern, err))
	}
	rt.handler = handler
	mux.mu.Lock()
	defer mux.mu.Unlock()
	for _, old := range mux.routes {
		if old.method == rt.method && old.host == rt.host && old.prefix == rt.prefix && sameShape(old.segs, rt.segs) {
			panic(fmt.Sprintf("pattern %q conflicts with pattern %q:\n%s matches the same requests as %s", pattern, old.pattern, pattern, old.pattern))
		}
	}
	mux.routes = append(mux.routes, rt)
}

func sameShape(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		wa, wb := strings.HasPrefix(a[i], "{"), strings.HasPrefix(b[i], "{")
		if wa != wb || !wa && a[i] != b[i] {
			return false
		}
		if wa && strings.HasSuffix(a[i], "...}") != strings.HasSuffix(b[i], "...}") {
			return false
		}
	}
	return true
}

func parsePattern(s string) (*route, error) {
	if s == "" {
		return nil, fmt.Errorf("empty pattern")
	}
	rt := &route{pattern: s}
	rest := s
	if i := strings.Index(rest, " "); i >= 0 {
		rt.method = rest[:i]
		rest = strings.TrimSpace(rest[i:])
		if !validMethod(rt.method) {
			return nil, fmt.Errorf("invalid method %q", rt.method)
		}
	}
	i := strings.Index(rest, "/")
	if i < 0 {
		return nil, fmt.Errorf("host/path missing /")
	}
	rt.host, rest = rest[:i], rest[i:]
	if rest == "/" {
		rt.prefix = true
		return rt, nil
	}
	segs := strings.Split(rest[1:], "/")
	for j, seg := range segs {
		last := j == len(segs)-1
		if seg == "" {
			if last {
				rt.prefix = true
				break
			}
			continue
		}
		if strings.HasPrefix(seg, "{") {
			if !strings.HasSuffix(seg, "}") {
				return nil, fmt.Errorf("bad wildcard segment (must start with '{' and end with '}')")
			}
			name := seg[1 : len(seg)-1]
			if name == "$" {
				if !last {
					return nil, fmt.Errorf("{$} not at end")
				}
				rt.segs = append(rt.segs, "")
				break
			}
			if strings.HasSuffix(name, "...") && !last {
				return nil, fmt.Errorf("{...} wildcard not at end")
			}
			if strings.TrimSuffix(name, "...") == "" {
				return nil, fmt.Errorf("empty wildcard")
			}
		}
		rt.segs = append(rt.segs, seg)
	}
	return rt, nil
}

// match reports whether the route matches path (split at "/"), with its wildcards' values.
func (rt *route) match(segs []string) (map[string]string, bool) {
	vals := map[string]string{}
	for i, p := range rt.segs {
		if p == "" {
			return vals, i == len(segs)-1 && segs[i] == ""
		}
		if i >= len(segs) {
			return nil, false
		}
		if strings.HasPrefix(p, "{") {
			name := p[1 : len(p)-1]
			if strings.HasSuffix(name, "...") {
				vals[strings.TrimSuffix(name, "...")] = strings.Join(segs[i:], "/")
				return vals, true
			}
			if segs[i] == "" {
				return nil, false
			}
			vals[name] = segs[i]
			continue
		}
		if p != segs[i] {
			return nil, false
		}
	}
	if rt.prefix {
		return vals, len(segs) > len(rt.segs)
	}
	return vals, len(segs) == len(rt.segs)
}

// moreSpecific: a before b when a matches fewer requests (literal over wildcard, longer over
// shorter, a method or a host over none).
func moreSpecific(a, b *route) bool {
	if (a.host != "") != (b.host != "") {
		return a.host != ""
	}
	for i := 0; i < len(a.segs) && i < len(b.segs); i++ {
		ka, kb := segKind(a.segs[i]), segKind(b.segs[i])
		if ka != kb {
			return ka < kb
		}
	}
	if len(a.segs) != len(b.segs) {
		return len(a.segs) > len(b.segs)
	}
	if a.prefix != b.prefix {
		return !a.prefix
	}
	return a.method != "" && b.method == ""
}

func segKind(s string) int {
	switch {
	case !strings.HasPrefix(s, "{"):
		return 0
	case strings.HasSuffix(s, "...}"):
		return 2
	}
	return 1
}

func methodMatches(rt *route, method string) bool {
	return rt.method == "" || rt.method == method || rt.method == "GET" && method == "HEAD"
}

// Handler returns the handler for r, the pattern it matched, and sets nothing on r.
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	rt, vals, code, allow := mux.find(r)
	switch code {
	case 301:
		return RedirectHandler(vals["$redirect"], 301), vals["$redirect"]
	case 404:
		return NotFoundHandler(), ""
	case 405:
		return HandlerFunc(func(w ResponseWriter, r *Request) {
			w.Header().Set("Allow", allow)
			Error(w, StatusText(405), 405)
		}), ""
	}
	return rt.handler, rt.pattern
}

func (mux *ServeMux) find(r *Request) (*route, map[string]string, int, string) {
	path := r.URL.Path
	if path == "" {
		path = "/"
	}
	host := r.Host
	if i := strings.LastIndex(host, ":"); i >= 0 {
		host = host[:i]
	}
	segs := strings.Split(path[1:], "/")
	mux.mu.Lock()
	routes := mux.routes
	mux.mu.Unlock()
	var best *route
	var bestVals map[string]string
	var methods []string
	for _, rt := range routes {
		if rt.host != "" && rt.host != host {
			continue
		}
		vals, ok := rt.match(segs)
		if !ok {
			continue
		}
		if !methodMatches(rt, r.Method) {
			methods = append(methods, rt.method)
			if rt.method == "GET" {
				methods = append(methods, "HEAD")
			}
			continue
		}
		if best == nil || moreSpecific(rt, best) {
			best, bestVals = rt, vals
		}
	}
	if best == nil && !strings.HasSuffix(path, "/") {
		withSlash := append(append([]string(nil), segs...), "")
		for _, rt := range routes {
			if _, ok := rt.match(withSlash); ok && rt.prefix && methodMatches(rt, r.Method) && len(rt.segs) == len(segs) {
				u := *r.URL
				u.Path = path + "/"
				return nil, map[string]string{"$redirect": u.RequestURI()}, 301, ""
			}
		}
	}
	if best == nil {
		if len(methods) > 0 {
			sort.Strings(methods)
			var uniq []string
			for _, m := range methods {
				if len(uniq) == 0 || uniq[len(uniq)-1] != m {
					uniq = append(uniq, m)
				}
			}
			return nil, nil, 405, strings.Join(uniq, ", ")
		}
		return nil, nil, 404, ""
	}
	return best, bestVals, 200, ""
}

func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if r.RequestURI == "*" {
		w.Header().Set("Connection", "close")
		w.WriteHeader(StatusBadRequest)
		return
	}
	rt, vals, code, allow := mux.find(r)
	switch code {
	case 301:
		Redirect(w, r, vals["$redirect"], 301)
		return
	case 404:
		NotFound(w, r)
		return
	case 405:
		w.Header().Set("Allow", allow)
		Error(w, StatusText(405), 405)
		return
	}
	r.Pattern = rt.pattern
	for k, v := range vals {
		r.SetPathValue(k, v)
	}
	rt.handler.ServeHTTP(w, r)
}
