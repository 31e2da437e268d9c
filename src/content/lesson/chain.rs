//! The `call-chain` section: `ctx` as the first parameter, passed all the way down.

use super::{declarations, given, program, statements};
use crate::content::{Block, CalloutKind, Section};

/// `call-chain`: the `ctx` first-parameter convention and its rules.
pub(super) const CALL_CHAIN: Section = Section {
    id: "call-chain",
    title: "Context in a call chain",
    blocks: &[
        Block::Para(
            "A context is only useful if it reaches the code doing the work. The Go convention \
makes that mechanical: any function that does I/O, waits, or may run for long takes a \
`context.Context` as its **first parameter**, typically named `ctx`, and passes it on to what \
it calls:",
        ),
        Block::Code(given(
            declarations(
            "handle-request",
            r##"func (s *Server) handleRequest(ctx context.Context, req *Request) (*Response, error) {
	user, err := s.db.GetUser(ctx, req.UserID)
	if err != nil {
		return nil, fmt.Errorf("handleRequest: %w", err)
	}
	// ctx goes down again: if the request is cancelled, rendering stops too.
	return s.render(ctx, user)
}
"##,
            ),
            r##"type User struct{ Name string }
type Request struct{ UserID string }
type Response struct{ Body string }
type Server struct {
	db interface {
		GetUser(ctx context.Context, id string) (*User, error)
	}
}

func (s *Server) render(ctx context.Context, u *User) (*Response, error) {
	return &Response{Body: u.Name}, ctx.Err()
}
"##,
        )),
        Block::Para(
            "With this habit, one `cancel()` or one deadline at the top of a request reaches \
every function below it. Here a handler calls `getUser`, which calls a pretend database \
`query` that needs 200ms. The server gives the first request a second, and the second request \
only 50ms:",
        ),
        Block::Code(program(
            "call-chain-timeout",
            "One timeout at the top stops the query three calls down.",
            include_str!("../examples/call-chain-timeout/main.go"),
            "\
ok: hello, gopher
error: handleRequest: getUser 7: context deadline exceeded
deadline exceeded: true
",
        )),
        Block::Para(
            "No function in the middle mentions time. `serve` set one limit at the top; \
`query`, three calls down, saw `ctx.Done()` close and returned `ctx.Err()`; each layer on the \
way up added its name with `%w`, and `errors.Is` still recognised the cause.",
        ),
        Block::Para(
            "The standard library follows the same convention, which is how your context \
reaches all the way to the network:",
        ),
        Block::Code(given(
            statements(
            "library-calls",
            r##"rows, err := db.QueryContext(ctx, "SELECT name FROM users WHERE id = ?", id)

req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
resp, err := http.DefaultClient.Do(req)
"##,
            ),
            "var ctx context.Context\nvar db *sql.DB\nvar id int\nvar url string\n",
        )),
        Block::Para(
            "On the server side, `net/http` gives each incoming request a context, \
`r.Context()`. It is cancelled when the client's connection closes (the disconnected client \
from [the start of the lesson](#why-context): pass `r.Context()` down, and your handler hears \
about it), when an HTTP/2 client cancels the request, and also as soon as the handler returns. \
So a goroutine that the handler leaves running must not go on using `r.Context()`; \
[Patterns and pitfalls](#request-lifetime) shows what to use instead.",
        ),
        Block::Heading {
            id: "call-chain-rules",
            text: "Three rules",
            since: None,
        },
        Block::List(&[
            "**Pass it, don't store it.** Don't keep a context in a struct field. A context \
belongs to one call, such as one request; a struct usually lives longer and serves many. Give \
each method that needs one a `ctx` parameter instead.",
            "**Never pass nil.** If you don't have a context yet, pass `context.TODO()`. \
Deriving from `nil` panics with `cannot create context from nil parent`, and calling a method \
on a nil `Context` crashes too.",
            "**Derive, don't restart.** To give a callee a tighter limit, derive from the `ctx` \
you were given: `context.WithTimeout(ctx, time.Second)`. Starting again from \
`context.Background()` would cut the callee off from its caller's cancellation.",
        ]),
        Block::Para("Here is the first rule in code. Avoid this:"),
        Block::Code(declarations(
            "struct-avoid",
            r##"// Which request does c.ctx belong to? Whichever created the Client,
// long after that request has finished.
type Client struct {
	ctx     context.Context
	baseURL string
}
"##,
        )),
        Block::Para("Prefer this: each call brings the context of the work it is part of."),
        Block::Code(declarations(
            "struct-prefer",
            r##"type Client struct {
	baseURL string
}

func (c *Client) Fetch(ctx context.Context, path string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}
"##,
        )),
        Block::Callout {
            kind: CalloutKind::Rule,
            title: "The convention",
            body: "`ctx context.Context` comes first, before every other parameter, and is \
by convention called `ctx`. Libraries such as `database/sql`, `net/http` and \
`google.golang.org/grpc` follow it, and readers of your code will expect it.",
        },
    ],
};
