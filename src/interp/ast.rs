//! The syntax tree of one Go source file, with positions.
//!
//! Owns the node types the parser builds and the checker/compiler and `vet` read. Types are
//! expressions here, as in Go's own parser (`[]int(nil)`, `ctxKey("id")`): the checker decides
//! whether an expression denotes a type or a value.
//!
//! Conventions: every expression carries the position Go's compiler reports for it (the start of
//! the expression, the operator for binary expressions); statements carry their first token's
//! position. Nothing here is resolved: names are strings.

/// A source position: 1-based line and byte column, as `go build` prints them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Byte column, from 1.
    pub col: u32,
}

/// A whole file: `package main`, its imports and its top-level declarations.
#[derive(Clone, Debug, Default)]
pub struct File {
    /// The package name.
    pub package: String,
    /// Imports in order.
    pub imports: Vec<Import>,
    /// Top-level declarations in order.
    pub decls: Vec<Decl>,
}

/// `import "path"` or `import name "path"`.
#[derive(Clone, Debug)]
pub struct Import {
    /// The quoted path's value, e.g. `math/rand`.
    pub path: String,
    /// An explicit local name, if given.
    pub name: Option<String>,
    /// Where the path literal is.
    pub pos: Pos,
}

/// A top-level declaration.
#[derive(Clone, Debug)]
pub enum Decl {
    /// `func name(...)` or a method `func (r T) name(...)`.
    Func(FuncDecl),
    /// `var`, `const` or `type` (also found inside function bodies as [`Stmt::Decl`]).
    Gen(GenDecl),
}

/// A function or method declaration.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// The receiver, for a method.
    pub recv: Option<Field>,
    /// Its name.
    pub name: String,
    /// Where the name is.
    pub pos: Pos,
    /// Parameters and results.
    pub sig: FuncType,
    /// The body (Go requires one for our programs).
    pub body: Option<Block>,
    /// True if it declares type parameters (not supported here).
    pub generic: bool,
}

/// `var`, `const` or `type` declarations, one spec per name group.
#[derive(Clone, Debug)]
pub enum GenDecl {
    /// `var a, b T = x, y`.
    Var(Vec<ValueSpec>),
    /// `const (...)`, with `iota` already numbered per spec and implicit repetitions filled in.
    Const(Vec<ValueSpec>),
    /// `type Name T` or `type Name = T`.
    Type(Vec<TypeSpec>),
}

/// One `names [type] [= values]` line of a var or const declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    /// Names with their positions.
    pub names: Vec<(String, Pos)>,
    /// The declared type, if any.
    pub ty: Option<Expr>,
    /// The initial values (for a const spec without values: the previous spec's, re-evaluated).
    pub values: Vec<Expr>,
    /// The value of `iota` in this spec (consts only).
    pub iota: i64,
}

/// `type Name T` (`alias` for `type Name = T`).
#[derive(Clone, Debug)]
pub struct TypeSpec {
    /// The name.
    pub name: String,
    /// Where the name is.
    pub pos: Pos,
    /// The type it names.
    pub ty: Expr,
    /// True for an alias declaration.
    pub alias: bool,
    /// True if it declares type parameters (not supported here).
    pub generic: bool,
}

/// A parameter, result, struct field or receiver group: `a, b int`, or a lone type.
#[derive(Clone, Debug)]
pub struct Field {
    /// Names (empty for an unnamed parameter or an embedded field).
    pub names: Vec<(String, Pos)>,
    /// The type.
    pub ty: Expr,
    /// For struct fields: the tag, if any.
    pub tag: Option<String>,
}

/// A function signature.
#[derive(Clone, Debug, Default)]
pub struct FuncType {
    /// Parameters; the last one's type is [`ExprKind::Ellipsis`] when variadic.
    pub params: Vec<Field>,
    /// Results.
    pub results: Vec<Field>,
}

/// A `{ ... }` block and where its closing brace is.
#[derive(Clone, Debug, Default)]
pub struct Block {
    /// Statements in order.
    pub stmts: Vec<Stmt>,
    /// The `{`.
    pub pos: Pos,
    /// The `}`.
    pub end: Pos,
}

/// An expression node: what it is, and where.
#[derive(Clone, Debug)]
pub struct Expr {
    /// The kind.
    pub kind: ExprKind,
    /// Its position (see the module docs).
    pub pos: Pos,
}

/// A method in an interface type, or an embedded interface.
#[derive(Clone, Debug)]
pub enum IfaceElem {
    /// `Name(params) results`.
    Method(String, FuncType, Pos),
    /// An embedded interface, e.g. `error`.
    Embed(Expr),
}

/// Expression kinds. Type syntax is here too.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name.
    Ident(String),
    /// An integer literal (arbitrary size, as text, evaluated by the checker).
    Int(String),
    /// A floating-point literal's text.
    Float(String),
    /// A rune literal.
    Char(i64),
    /// A string literal's value.
    Str(String),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    Composite {
        /// The literal's type.
        ty: Option<Box<Expr>>,
        /// Elements: `key: value` or a value.
        elems: Vec<(Option<Expr>, Expr)>,
        /// The closing brace.
        end: Pos,
    },
    /// `func(...) ... { ... }`.
    FuncLit(FuncType, Block),
    /// `(e)`.
    Paren(Box<Expr>),
    /// `x.name`.
    Selector(Box<Expr>, String, Pos),
    /// `x[i]` (also an attempted generic instantiation).
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi:max]`.
    Slice(Box<Expr>, Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// `x.(T)`, or `x.(type)` in a type switch (`None`).
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)`, `f(args...)` when `spread`.
    Call {
        /// The callee.
        fun: Box<Expr>,
        /// Arguments.
        args: Vec<Expr>,
        /// True if the last argument is followed by `...`.
        spread: bool,
        /// The closing parenthesis.
        end: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    /// A unary operator: `-x`, `!x`, `^x`, `&x`, `<-x`, `+x`.
    Unary(&'static str, Box<Expr>),
    /// A binary operator; `pos` is the operator's.
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `[N]T`, or `[...]T` when `None`.
    ArrayType(Option<Box<Expr>>, Box<Expr>),
    /// `[]T`.
    SliceType(Box<Expr>),
    /// `map[K]V`.
    MapType(Box<Expr>, Box<Expr>),
    /// `chan T` (0), `chan<- T` (1: send-only), `<-chan T` (2: receive-only).
    ChanType(u8, Box<Expr>),
    /// `func(...) ...` as a type.
    FuncType(FuncType),
    /// `struct { ... }`.
    StructType(Vec<Field>),
    /// `interface { ... }`.
    InterfaceType(Vec<IfaceElem>),
    /// `...T` in a variadic parameter.
    Ellipsis(Box<Expr>),
}

/// A statement node.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// The kind.
    pub kind: StmtKind,
    /// Its first token.
    pub pos: Pos,
}

/// One `case`/`default` clause of a switch or type switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    /// The case expressions (types in a type switch); `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `case` keyword.
    pub pos: Pos,
}

/// One clause of a select.
#[derive(Clone, Debug)]
pub struct CommClause {
    /// The communication: a send, a receive (expression statement or assignment), or `None` for
    /// `default`.
    pub comm: Option<Box<Stmt>>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `case` keyword.
    pub pos: Pos,
}

/// Statement kinds.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// Nothing (`;`).
    Empty,
    /// An expression evaluated for its effects.
    Expr(Expr),
    /// `ch <- v`.
    Send(Expr, Expr),
    /// `x++` (true) or `x--` (false).
    IncDec(Expr, bool),
    /// `lhs op rhs` where op is `=`, `:=` or an op-assign like `+=`.
    Assign(Vec<Expr>, &'static str, Vec<Expr>),
    /// A `var`, `const` or `type` declaration.
    Decl(GenDecl),
    /// `go f(x)`.
    Go(Expr),
    /// `defer f(x)`.
    Defer(Expr),
    /// `return a, b`.
    Return(Vec<Expr>),
    /// `break [label]`.
    Break(Option<String>),
    /// `continue [label]`.
    Continue(Option<String>),
    /// `goto label`.
    Goto(String),
    /// `fallthrough`.
    Fallthrough,
    /// `{ ... }`.
    Block(Block),
    /// `if init; cond { } else ...`.
    If(Option<Box<Stmt>>, Expr, Block, Option<Box<Stmt>>),
    /// `switch init; tag { clauses }`.
    Switch(Option<Box<Stmt>>, Option<Expr>, Vec<CaseClause>, Pos),
    /// `switch init; bind := x.(type) { clauses }`.
    TypeSwitch(Option<Box<Stmt>>, Option<(String, Pos)>, Expr, Vec<CaseClause>),
    /// `select { clauses }`.
    Select(Vec<CommClause>),
    /// `for init; cond; post { }` (each optional).
    For(Option<Box<Stmt>>, Option<Expr>, Option<Box<Stmt>>, Block),
    /// `for k, v := range x { }`: key, value, whether `:=`, the ranged expression.
    Range(Option<Expr>, Option<Expr>, bool, Expr, Block),
    /// `label: stmt`.
    Labeled(String, Box<Stmt>),
}
