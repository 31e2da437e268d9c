//! The `with-value` section: request-scoped values, their keys and their limits.

use super::{declarations, program};
use crate::content::{Block, CalloutKind, Section};

/// `with-value`: `WithValue`, unexported key types, lookup order and when not to use it.
pub(super) const WITH_VALUE: Section = Section {
    id: "with-value",
    title: "WithValue: request-scoped data",
    blocks: &[
        Block::Para(
            "`context.WithValue` derives a context that carries one key and one value. Any code \
holding that context, or a context derived from it, can look the value up. A package usually \
wraps both sides in small helpers:",
        ),
        Block::Code(declarations(
            "request-id-helpers",
            r##"type ctxKey string

const requestIDKey ctxKey = "requestID"

func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey, id)
}

func requestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey).(string)
	return id, ok
}
"##,
        )),
        Block::Para(
            "Three details in those few lines matter: the type of the key, the two-value type \
assertion, and where `Value` looks.",
        ),
        Block::Heading {
            id: "unexported-keys",
            text: "An unexported key type",
            since: None,
        },
        Block::Para(
            "`Value` compares keys the way Go compares interface values: same dynamic type \
**and** same value. `ctxKey(\"requestID\")` and the plain string `\"requestID\"` are spelled \
alike but have different types, so they are different keys. Because `ctxKey` is unexported, no \
other package can make a value of that type, so no other package can read or overwrite your \
value by accident. If two packages both used the plain string `\"requestID\"`, the one nearer \
in the chain would hide the other.",
        ),
        Block::Code(program(
            "value-keys",
            "Same spelling, different key types; and the two-value type assertion.",
            include_str!("../examples/value-keys/main.go"),
            "\
abc-123
zzz-999
request ID: abc-123
user: \"\", found: false
context.Background.WithValue(main.ctxKey, abc-123).WithValue(requestID, zzz-999)
",
        )),
        Block::Para(
            "`Value` returns `any`, and `nil` for a missing key. The two-value type assertion \
`id, ok := ctx.Value(key).(string)` turns a missing or mistyped value into `ok == false` \
instead of a panic. Notice how the context prints, too: a string key shows as itself, while \
a key of type `ctxKey` shows only its type name, `main.ctxKey`, because it has no `String` \
method.",
        ),
        Block::Heading {
            id: "struct-keys",
            text: "Empty struct keys, and why linters flag strings",
            since: None,
        },
        // context.WithValue's documentation: "The provided key must be comparable and should not
        // be of type string or any other built-in type to avoid collisions between packages
        // using context. Users of WithValue should define their own types for keys. To avoid
        // allocating when assigning to an interface{}, context keys often have concrete type
        // struct{}." Linters: staticcheck SA1029 ("Inappropriate key in call to
        // context.WithValue", https://staticcheck.dev/docs/checks/#SA1029) and revive's
        // context-keys-type rule report a built-in key type.
        Block::Para(
            "Many packages go one step further and give each key its own empty struct type. \
`requestIDKey{}` is the only value of `type requestIDKey struct{}`, so there is no string to \
mistype, turning it into the `any` that `WithValue` takes allocates nothing, and still no other \
package can make one:",
        ),
        Block::Code(program(
            "struct-key",
            "An unexported empty struct as the key, behind two small helpers.",
            include_str!("../examples/struct-key/main.go"),
            "\
abc-123 true
<nil>
context.Background.WithValue(main.requestIDKey, abc-123)
",
        )),
        Block::Para(
            "A plain `string` key, as in `context.WithValue(ctx, \"requestID\", id)`, compiles \
and works, but any package that picks the same string reads or hides your value. The \
`context` documentation says keys should not be `string` or any other built-in type, and \
linters enforce it: staticcheck's check SA1029 and revive's `context-keys-type` rule both \
report that call.",
        ),
        Block::Heading {
            id: "value-lookup-order",
            text: "Lookup walks up the tree",
            since: None,
        },
        Block::Para(
            "Each `WithValue` holds exactly one pair. `Value(key)` checks the context itself, \
then its parent, then the parent's parent, up to the root, and returns the first match. So a \
nearer value hides a farther one without changing it. And values survive cancellation: \
cancelling closes `Done` and sets `Err`, nothing else.",
        ),
        Block::Code(program(
            "value-lookup",
            "Nearest ancestor wins, and values outlive cancellation.",
            include_str!("../examples/value-lookup/main.go"),
            "\
abc-123 trace-1
abc-123-retry abc-123
context canceled | abc-123
",
        )),
        Block::Callout {
            kind: CalloutKind::Rule,
            title: "Use values sparingly",
            body: "Values are for **request-scoped metadata** that crosses API boundaries: \
request IDs, trace IDs, authentication tokens. They are not a way to pass optional parameters. \
The rule of thumb: if a function would do the wrong thing without the value, make it a \
parameter. Values are invisible in signatures, have type `any`, and are found by walking up \
the chain one context at a time.",
        },
    ],
};
