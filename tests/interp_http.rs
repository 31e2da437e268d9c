//! gorun's net/http on its in-process network, for what a recording from real Go cannot pin
//! down (real Go listens on real ports, picks them at random and logs with the wall clock):
//! deterministic ports, the page's answer to ListenAndServe, the server's log lines, and the
//! trace the page draws (the request's contexts made at the learner's line, cancelled when the
//! client gives up). The behaviours real Go records are in `tests/gorun/corpus/http_*.go`.

use context_lab::interp::trace::EventKind;
use context_lab::interp::{run, Options};

fn go(src: &str) -> context_lab::interp::Outcome {
    run("main.go", src, &Options::default())
}

#[test]
fn listen_and_serve_says_a_page_cannot_listen_on_a_port() {
    let out = go(r#"package main

import (
	"errors"
	"fmt"
	"net/http"
)

func main() {
	err := http.ListenAndServe(":8080", http.NotFoundHandler())
	fmt.Println(err)
	srv := &http.Server{Addr: "127.0.0.1:9000"}
	fmt.Println(srv.ListenAndServe())
	srv.Shutdown(nil)
	fmt.Println(errors.Is(srv.ListenAndServe(), http.ErrServerClosed))
}
"#);
    assert_eq!(out.exit, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "listen tcp :8080: a page cannot listen on a port (serve the handler with net/http/httptest.NewServer)\n\
         listen tcp 127.0.0.1:9000: a page cannot listen on a port (serve the handler with net/http/httptest.NewServer)\n\
         true\n"
    );
}

#[test]
fn test_servers_listen_on_ports_in_order_and_close_waits_saying_why_after_5_seconds() {
    let out = go(r#"package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

func main() {
	a := httptest.NewServer(http.NotFoundHandler())
	b := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(6 * time.Second)
		fmt.Println("handler done at", time.Since(start))
	}))
	fmt.Println(a.URL, b.URL)
	a.Close()
	go http.Get(b.URL)
	time.Sleep(100 * time.Millisecond)
	b.Close()
	fmt.Println("closed at", time.Since(start))
}

var start = time.Now()
"#);
    assert_eq!(out.exit, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "http://127.0.0.1:41001 http://127.0.0.1:41002\nhandler done at 6s\nclosed at 6s\n");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    // Go logs it (date and time first) and names each connection by its address.
    assert_eq!(lines[0], "2009/11/10 23:00:05 httptest.Server blocked in Close after 5 seconds, waiting for connections:");
    assert!(lines[1].starts_with("  *net.TCPConn 0x") && lines[1].ends_with(" 127.0.0.1:52001 in state active"), "{}", lines[1]);
}

#[test]
fn a_handler_s_panic_is_logged_as_go_s_server_logs_it_and_the_client_gets_eof() {
    let out = go(r#"package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		panic(fmt.Errorf("bad input %d", 7))
	}))
	defer srv.Close()
	_, err := http.Get(srv.URL + "/x")
	fmt.Println(err)
}
"#);
    assert_eq!(out.exit, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "Get \"http://127.0.0.1:41001/x\": EOF\n");
    // Go's log line: date, time, then the client's address and the panic value.
    assert_eq!(out.stderr, "2009/11/10 23:00:00 http: panic serving 127.0.0.1:52001: bad input 7\n");
}

#[test]
fn the_request_s_contexts_are_made_at_the_learner_s_line_and_cancelled_when_the_client_gives_up() {
    let src = include_str!("../src/content/examples/http-timeout/main.go");
    let out = go(src);
    assert_eq!(out.exit, 0, "{}", out.stderr);
    let line_of = |needle: &str| src.lines().position(|l| l.contains(needle)).map(|i| i as u32 + 1).unwrap_or(0);
    let (server_line, do_line) = (line_of("httptest.NewServer("), line_of("DefaultClient.Do(req)"));
    let made: Vec<(String, u32)> = out
        .trace
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Context { op, .. } if op.starts_with("With") || op == "Background" => Some((op.clone(), e.pos.line)),
            _ => None,
        })
        .collect();
    let at = |op: &str, line: u32| made.iter().filter(|(o, l)| o == op && *l == line).count();
    // The server's context when it starts; the connection's and the request's when the client
    // sends the request.
    assert_eq!(at("WithValue", server_line), 1, "{made:?}");
    assert_eq!((at("WithValue", do_line), at("WithCancel", do_line)), (1, 2), "{made:?}");
    // The handler's goroutine, parked on the request's Done, is woken at the 50ms deadline.
    let handler = out.trace.iter().find_map(|e| match &e.kind {
        EventKind::GoStart { id, func } if func.contains("serve") => Some(*id),
        _ => None,
    });
    let woken = out.trace.iter().any(|e| e.time == 50_000_000 && matches!(&e.kind, EventKind::Context { op, detail, .. } if op == "woken" && Some(detail.contains(&format!("GoroutineId({})", handler.unwrap_or(0)))) == Some(true)));
    assert!(handler.is_some() && woken, "the handler is woken when the client gives up");
}

#[test]
fn a_second_write_header_is_logged_naming_the_handler_as_go_does() {
    // Real Go 1.27 logs (after the date and time) exactly these two lines for this program.
    let out = go(r#"package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201)
	w.WriteHeader(202)
}

func main() {
	ts := httptest.NewServer(http.HandlerFunc(handler))
	defer ts.Close()
	resp, _ := http.Get(ts.URL)
	fmt.Println(resp.Status)
	ts2 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "x")
		http.Error(w, "late", 500)
	}))
	defer ts2.Close()
	resp, _ = http.Get(ts2.URL)
	fmt.Println(resp.Status)
}
"#);
    assert_eq!(out.exit, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "201 Created\n200 OK\n");
    assert_eq!(
        out.stderr,
        "2009/11/10 23:00:00 http: superfluous response.WriteHeader call from main.handler (main.go:11)\n\
         2009/11/10 23:00:00 http: superfluous response.WriteHeader call from main.main.func1 (main.go:21)\n"
    );
}

#[test]
fn a_package_written_in_go_brings_the_packages_it_imports() {
    // httptest alone: net/http, bytes and net/url come with it, though the program names none.
    let out = go(r#"package main

import (
	"fmt"
	"net/http/httptest"
)

func main() {
	rec := httptest.NewRecorder()
	rec.WriteString("<p>hi</p>")
	res := rec.Result()
	fmt.Println(rec.Code, rec.Body.String(), res.Status, res.Header.Get("Content-Type"), httptest.NewRequest("GET", "/a?b=c", nil).URL.Query())
}
"#);
    assert_eq!(out.exit, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "200 <p>hi</p> 200 OK text/html; charset=utf-8 map[b:[c]]\n");
}
