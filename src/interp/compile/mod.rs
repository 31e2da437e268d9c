//! The checker-compiler: one pass over the syntax tree that computes every expression's type,
//! reports Go's compile errors in Go's words, and emits bytecode.
//!
//! `mod.rs` holds the state (scopes, functions being built), the package level (types, methods,
//! globals, `init`), type resolution and name lookup with closure capture. `expr.rs` compiles
//! expressions, `call.rs` calls, builtins, conversions and the library, `stmt.rs` statements,
//! `consts.rs` constant folding, `prelude.rs` the library's declarations in Go.
//!
//! Variables captured by a closure or whose address is taken (`&x`) live in boxes; the set is
//! found syntactically per top-level function before compiling it (`escapes`).

mod call;
mod consts;
mod expr;
mod prelude;
mod stmt;

pub use consts::ConstVal;

use super::ast::*;
use super::bytecode::{Function, Op, Program};
use super::types::{ids, FieldInfo, Method, MethodTarget, Type, TypeId, TypeTable};
use super::vm::natives;
use super::vm::value::Value;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// What a name denotes.
#[derive(Clone, Debug)]
pub(crate) enum Ent {
    /// A variable.
    Var(VarInfo),
    /// A constant.
    Const(TypeId, ConstVal),
    /// A type.
    Type(TypeId),
    /// A compiled function.
    Func(u32, TypeId),
    /// A library function.
    Native(u16, TypeId),
    /// `len`, `append`, ...
    Builtin(&'static str),
    /// An imported package (its path).
    Pkg(String),
    /// `nil`.
    Nil,
    /// `iota`.
    Iota,
}

/// Where a variable lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// A frame slot holding the value.
    Local(u16),
    /// A frame slot holding a box.
    Boxed(u16),
    /// Captured variable `n` of the closure.
    Upval(u16),
    /// Global `n` (a box).
    Global(u32),
}

/// A variable: type, place, and its index in the used-tracking table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct VarInfo {
    pub ty: TypeId,
    pub loc: Loc,
    pub id: usize,
}

pub(crate) struct LoopCx {
    pub label: Option<String>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// False for switch/select (only `break` applies).
    pub is_loop: bool,
}

pub(crate) struct FnState {
    pub f: Function,
    pub scopes: Vec<HashMap<String, Ent>>,
    pub results: Vec<TypeId>,
    /// Result slots, and whether each is boxed.
    pub result_locs: Vec<Loc>,
    pub named_results: bool,
    /// Captures: the parent's location of each.
    pub captures: Vec<Loc>,
    pub capture_names: Vec<String>,
    pub next_slot: u16,
    pub loops: Vec<LoopCx>,
    pub closures: u32,
    /// Label name to pc, and gotos to patch.
    pub labels: HashMap<String, usize>,
    pub gotos: Vec<(usize, String, Pos)>,
}

/// The compiler's state for one program.
pub struct Compiler {
    pub(crate) types: TypeTable,
    pub(crate) errors: Vec<(Pos, String)>,
    pub(crate) funcs: Vec<Function>,
    pub(crate) universe: HashMap<String, Ent>,
    pub(crate) pkg: HashMap<String, Ent>,
    /// Library packages by path: their members.
    pub(crate) libs: HashMap<String, HashMap<String, Ent>>,
    /// Imports of the file: local name to (path, position, used).
    pub(crate) imports: HashMap<String, (String, Pos, bool)>,
    pub(crate) globals: u32,
    pub(crate) fstack: Vec<FnState>,
    /// Used flags of variables, with name and position (for `declared and not used`).
    pub(crate) vars: Vec<(String, Pos, bool, bool)>,
    pub(crate) escapes: HashSet<String>,
    pub(crate) iota: Option<i64>,
    pub(crate) methods: HashMap<(TypeId, String), (MethodTarget, bool)>,
    /// Capture lists of closures being compiled (innermost last).
    pub(crate) closure_captures: Vec<Vec<Loc>>,
    /// The context word of `cannot use` errors for constants (`assignment`, `variable declaration`).
    pub(crate) conv_ctx: String,
    /// Labels used by break/continue/goto (for `label L defined and not used`).
    pub(crate) labels_used: HashSet<String>,
    /// Labels defined in the function being compiled.
    pub(crate) label_defs: Vec<(String, Pos)>,
    /// A label waiting for the loop, switch or select it names.
    pub(crate) pending_label: Option<String>,
    /// The field index of the last selector store prefix.
    pub(crate) last_field: u16,
    /// The keys snapshot slot of the map range being compiled.
    pub(crate) map_keys_slot: Option<u16>,
}

/// Compiles a parsed file, or returns its compile errors sorted by position.
pub fn compile(file: &File, filename: &str) -> Result<Program, Vec<(Pos, String)>> {
    let mut c = Compiler::new();
    c.load_prelude();
    c.package(file);
    if !c.errors.is_empty() {
        let mut errs = c.errors;
        errs.sort_by_key(|e| e.0);
        errs.dedup();
        return Err(errs);
    }
    let main_fn = match c.pkg.get("main") {
        Some(Ent::Func(i, _)) => *i,
        _ => return Err(vec![(Pos { line: 0, col: 0 }, "function main is undeclared in the main package".into())]),
    };
    let init_fn = c.funcs.len() as u32 - 1;
    Ok(Program {
        funcs: c.funcs,
        main_fn,
        init_fn,
        globals: c.globals,
        types: c.types,
        methods: c.methods,
        filename: filename.to_string(),
    })
}

impl Compiler {
    fn new() -> Compiler {
        let mut u = HashMap::new();
        for (n, t) in [
            ("bool", ids::BOOL), ("int", ids::INT), ("int8", ids::INT8), ("int16", ids::INT16),
            ("int32", ids::INT32), ("rune", ids::INT32), ("int64", ids::INT64), ("uint", ids::UINT),
            ("uint8", ids::UINT8), ("byte", ids::UINT8), ("uint16", ids::UINT16), ("uint32", ids::UINT32),
            ("uint64", ids::UINT64), ("uintptr", ids::UINTPTR), ("float64", ids::FLOAT64),
            ("float32", ids::FLOAT32), ("string", ids::STRING), ("any", ids::ANY), ("error", ids::ERROR),
        ] {
            u.insert(n.to_string(), Ent::Type(t));
        }
        for b in ["len", "cap", "append", "make", "new", "panic", "recover", "print", "println", "copy", "delete", "close", "min", "max", "clear"] {
            u.insert(b.to_string(), Ent::Builtin(b));
        }
        u.insert("true".into(), Ent::Const(ids::UNTYPED_BOOL, ConstVal::Bool(true)));
        u.insert("false".into(), Ent::Const(ids::UNTYPED_BOOL, ConstVal::Bool(false)));
        u.insert("nil".into(), Ent::Nil);
        u.insert("iota".into(), Ent::Iota);
        let mut types = TypeTable::new();
        // error's method.
        types.methods.insert(ids::ERROR, vec![]);
        Compiler {
            types,
            errors: Vec::new(),
            funcs: Vec::new(),
            universe: u,
            pkg: HashMap::new(),
            libs: HashMap::new(),
            imports: HashMap::new(),
            globals: 0,
            fstack: Vec::new(),
            vars: Vec::new(),
            escapes: HashSet::new(),
            iota: None,
            methods: HashMap::new(),
            closure_captures: Vec::new(),
            pending_label: None,
            conv_ctx: "assignment".into(),
            labels_used: HashSet::new(),
            label_defs: Vec::new(),
            last_field: 0,
            map_keys_slot: None,
        }
    }

    /// A type's name as Go's compile errors print it (this package's names unqualified).
    pub(crate) fn tn(&self, t: TypeId) -> String {
        self.types.name(t).replace("main.", "").replace("struct {}", "struct{}")
    }

    pub(crate) fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push((pos, msg.into()));
    }

    // ---------- the library ----------

    fn load_prelude(&mut self) {
        for (path, name, src) in prelude::PACKAGES {
            let Ok(file) = super::parser::parse_file(src) else { continue };
            let mut members: HashMap<String, Ent> = HashMap::new();
            // Types first.
            for d in &file.decls {
                if let Decl::Gen(GenDecl::Type(specs)) = d {
                    for s in specs {
                        let id = self.types.new_named(&format!("{name}.{}", s.name));
                        members.insert(s.name.clone(), Ent::Type(id));
                    }
                }
            }
            self.libs.insert(path.to_string(), members);
            let cur = path.to_string();
            for d in &file.decls {
                match d {
                    Decl::Gen(GenDecl::Type(specs)) => {
                        for s in specs {
                            let Some(Ent::Type(id)) = self.lib_member(&cur, &s.name) else { continue };
                            let under = match &s.ty.kind {
                                ExprKind::Ident(o) if o == "opaque" => {
                                    self.types.intern(Type::Opaque(Box::leak(format!("{name}.{}", s.name).into_boxed_str())))
                                }
                                _ => self.lib_type(&cur, &s.ty),
                            };
                            self.types.set_underlying(id, under);
                        }
                    }
                    Decl::Gen(GenDecl::Const(specs)) => {
                        let mut ty_prev = None;
                        for s in specs {
                            self.iota = Some(s.iota);
                            let declared = s.ty.as_ref().map(|t| self.lib_type(&cur, t)).or(ty_prev);
                            if s.ty.is_some() {
                                ty_prev = declared;
                            }
                            for (i, (n, _)) in s.names.iter().enumerate() {
                                let Some(e) = s.values.get(i) else { continue };
                                let saved = std::mem::take(&mut self.pkg);
                                self.pkg = self.libs.get(&cur).cloned().unwrap_or_default();
                                let v = self.const_eval(e);
                                self.pkg = saved;
                                if let Some((t, v)) = v {
                                    let t = declared.unwrap_or(t);
                                    if let Some(m) = self.libs.get_mut(&cur) {
                                        m.insert(n.clone(), Ent::Const(t, v));
                                    }
                                }
                            }
                        }
                        self.iota = None;
                    }
                    Decl::Gen(GenDecl::Var(specs)) => {
                        for s in specs {
                            let t = s.ty.as_ref().map(|t| self.lib_type(&cur, t)).unwrap_or(ids::ANY);
                            for (n, _) in &s.names {
                                if let Some(id) = natives::lookup(&format!("{cur}.{n}")) {
                                    if let Some(m) = self.libs.get_mut(&cur) {
                                        m.insert(n.clone(), Ent::Native(id, t));
                                    }
                                }
                            }
                        }
                    }
                    Decl::Func(f) => {
                        let sig = self.lib_sig(&cur, &f.sig);
                        match &f.recv {
                            None => {
                                if let Some(id) = natives::lookup(&format!("{cur}.{}", f.name)) {
                                    if let Some(m) = self.libs.get_mut(&cur) {
                                        m.insert(f.name.clone(), Ent::Native(id, sig));
                                    }
                                }
                            }
                            Some(r) => {
                                let (ptr, tname) = match &r.ty.kind {
                                    ExprKind::Star(x) => (true, ident_of(x)),
                                    _ => (false, ident_of(&r.ty)),
                                };
                                let Some(Ent::Type(tid)) = self.lib_member(&cur, &tname) else { continue };
                                if let Some(id) = natives::lookup(&format!("{cur}.{tname}.{}", f.name)) {
                                    self.add_method(tid, Method { name: f.name.clone(), sig, ptr_recv: ptr, target: MethodTarget::Native(id) });
                                }
                            }
                        }
                    }
                }
            }
        }
        // error's Error method for interface dispatch checks.
        let _ = self.types.get(ids::ERROR);
    }

    fn lib_member(&self, path: &str, name: &str) -> Option<Ent> {
        self.libs.get(path).and_then(|m| m.get(name)).cloned()
    }

    /// A member of an imported package, by path.
    pub(crate) fn pkg_member(&self, path: &str, name: &str) -> Option<Ent> {
        self.lib_member(path, name)
    }

    fn lib_type(&mut self, cur: &str, e: &Expr) -> TypeId {
        let saved = std::mem::take(&mut self.pkg);
        self.pkg = self.libs.get(cur).cloned().unwrap_or_default();
        for (p, _, _) in prelude::PACKAGES {
            let short = p.rsplit('/').next().unwrap_or(p).to_string();
            self.pkg.entry(short).or_insert(Ent::Pkg(p.to_string()));
        }
        let t = self.resolve_type(e);
        self.pkg = saved;
        t
    }

    fn lib_sig(&mut self, cur: &str, sig: &FuncType) -> TypeId {
        let saved = std::mem::take(&mut self.pkg);
        self.pkg = self.libs.get(cur).cloned().unwrap_or_default();
        for (p, _, _) in prelude::PACKAGES {
            let short = p.rsplit('/').next().unwrap_or(p).to_string();
            self.pkg.entry(short).or_insert(Ent::Pkg(p.to_string()));
        }
        let t = self.func_type(sig);
        self.pkg = saved;
        t
    }

    pub(crate) fn add_method(&mut self, tid: TypeId, m: Method) {
        self.methods.insert((tid, m.name.clone()), (m.target, false));
        let ptr = self.types.intern(Type::Pointer(tid));
        self.methods.insert((ptr, m.name.clone()), (m.target, !m.ptr_recv));
        self.types.methods.entry(tid).or_default().push(m);
    }

    // ---------- names ----------

    /// Looks a name up through function scopes (capturing across closures), the package, the
    /// universe.
    pub(crate) fn lookup(&mut self, name: &str) -> Option<Ent> {
        let depth = self.fstack.len();
        for level in (0..depth).rev() {
            let found = self.fstack[level].scopes.iter().rev().find_map(|s| s.get(name).cloned());
            if let Some(ent) = found {
                if level == depth - 1 {
                    return Some(ent);
                }
                if let Ent::Var(v) = ent {
                    if matches!(v.loc, Loc::Global(_)) {
                        return Some(Ent::Var(v));
                    }
                    return Some(Ent::Var(self.capture(level, name, v)));
                }
                return Some(ent);
            }
        }
        if let Some(e) = self.pkg.get(name) {
            return Some(e.clone());
        }
        if let Some((path, _, _)) = self.imports.get(name) {
            return Some(Ent::Pkg(path.clone()));
        }
        self.universe.get(name).cloned()
    }

    /// Threads a capture of `v` (found at `level`) down to the innermost function.
    fn capture(&mut self, level: usize, name: &str, v: VarInfo) -> VarInfo {
        let mut src = v.loc;
        for l in level + 1..self.fstack.len() {
            let fs = &mut self.fstack[l];
            let idx = match fs.capture_names.iter().position(|n| n == name) {
                Some(i) => i,
                None => {
                    fs.captures.push(src);
                    fs.capture_names.push(name.to_string());
                    fs.captures.len() - 1
                }
            };
            src = Loc::Upval(idx as u16);
            fs.scopes[0].insert(name.to_string(), Ent::Var(VarInfo { ty: v.ty, loc: src, id: v.id }));
        }
        VarInfo { ty: v.ty, loc: src, id: v.id }
    }

    pub(crate) fn mark_used_name(&mut self, _name: &str) {}

    pub(crate) fn use_var(&mut self, v: &VarInfo) {
        if let Some(e) = self.vars.get_mut(v.id) {
            e.2 = true;
        }
    }

    pub(crate) fn use_import(&mut self, name: &str) {
        if let Some(e) = self.imports.get_mut(name) {
            e.2 = true;
        }
    }

    pub(crate) fn fs(&mut self) -> &mut FnState {
        let n = self.fstack.len() - 1;
        &mut self.fstack[n]
    }

    /// Declares a local variable in the current scope; returns where it lives. The value to
    /// store is on the stack when `init` is true.
    pub(crate) fn declare_local(&mut self, name: &str, ty: TypeId, pos: Pos, init: bool) -> Option<VarInfo> {
        if name == "_" {
            if init {
                self.emit(Op::Pop, pos);
            }
            return None;
        }
        let boxed = self.escapes.contains(name);
        let fs = self.fs();
        let slot = fs.next_slot;
        fs.next_slot += 1;
        if fs.next_slot > fs.f.slots {
            fs.f.slots = fs.next_slot;
        }
        if !init {
            self.emit(Op::Zero(ty), pos);
        }
        let loc = if boxed {
            self.emit(Op::NewBox(slot), pos);
            Loc::Boxed(slot)
        } else {
            self.emit(Op::SetLocal(slot), pos);
            Loc::Local(slot)
        };
        let id = self.vars.len();
        self.vars.push((name.to_string(), pos, false, true));
        let v = VarInfo { ty, loc, id };
        if let Some(s) = self.fs().scopes.last_mut() {
            if let Some(Ent::Var(old)) = s.get(name) {
                // Redeclared in the same scope: the caller reports it.
                let _ = old;
            }
            s.insert(name.to_string(), Ent::Var(v));
        }
        Some(v)
    }

    /// A hidden slot for the compiler's own temporaries.
    pub(crate) fn temp(&mut self) -> u16 {
        let fs = self.fs();
        let slot = fs.next_slot;
        fs.next_slot += 1;
        if fs.next_slot > fs.f.slots {
            fs.f.slots = fs.next_slot;
        }
        slot
    }

    pub(crate) fn push_scope(&mut self) {
        self.fs().scopes.push(HashMap::new());
    }

    pub(crate) fn pop_scope(&mut self) {
        let Some(scope) = self.fs().scopes.pop() else { return };
        for (_, e) in scope {
            if let Ent::Var(v) = e {
                if !matches!(v.loc, Loc::Upval(_)) {
                    if let Some((name, pos, used, local)) = self.vars.get(v.id).cloned() {
                        if !used && local {
                            self.err(pos, format!("declared and not used: {name}"));
                            if let Some(e) = self.vars.get_mut(v.id) {
                                e.2 = true;
                            }
                        }
                    }
                }
            }
        }
    }

    pub(crate) fn emit(&mut self, op: Op, pos: Pos) -> usize {
        let fs = self.fs();
        fs.f.code.push(op);
        fs.f.pos.push(pos);
        fs.f.code.len() - 1
    }

    pub(crate) fn pc(&mut self) -> usize {
        self.fs().f.code.len()
    }

    pub(crate) fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let op = &mut self.fs().f.code[at];
        match op {
            Op::Jump(x) | Op::JumpIfFalse(x) | Op::JumpIfTrue(x) => *x = t,
            _ => {}
        }
    }

    pub(crate) fn add_const(&mut self, v: Value) -> u32 {
        let fs = self.fs();
        fs.f.consts.push(v);
        (fs.f.consts.len() - 1) as u32
    }

    // ---------- types ----------

    /// The type an expression denotes, reporting errors.
    pub(crate) fn resolve_type(&mut self, e: &Expr) -> TypeId {
        match self.type_expr(e, true) {
            Some(t) => t,
            None => ids::ANY,
        }
    }

    /// The type `e` denotes if it is a type (no errors reported).
    pub(crate) fn type_of_expr_quiet(&mut self, e: &Expr) -> Option<TypeId> {
        self.type_expr(e, false)
    }

    fn type_expr(&mut self, e: &Expr, report: bool) -> Option<TypeId> {
        let t = match &e.kind {
            ExprKind::Ident(n) => match self.lookup(n) {
                Some(Ent::Type(t)) => t,
                Some(ent) => {
                    if report {
                        let what = match &ent {
                            Ent::Var(v) => {
                                self.use_var(&v.clone());
                                if matches!(v.loc, Loc::Global(_)) { " (variable)" } else { " (local variable)" }
                            }
                            Ent::Const(..) => " (constant)",
                            _ => "",
                        };
                        self.err(e.pos, format!("{n}{what} is not a type"));
                    }
                    return None;
                }
                None => {
                    if report {
                        self.err(e.pos, format!("undefined: {n}"));
                    }
                    return None;
                }
            },
            ExprKind::Selector(x, name, _) => {
                let ExprKind::Ident(p) = &x.kind else { return None };
                let Some(Ent::Pkg(path)) = self.lookup(p) else {
                    if report {
                        self.err(e.pos, format!("{p}.{name} is not a type"));
                    }
                    return None;
                };
                match self.lib_member(&path, name) {
                    Some(Ent::Type(t)) => {
                        self.use_import(p);
                        t
                    }
                    _ => {
                        if report {
                            self.use_import(p);
                            self.err(e.pos, format!("undefined: {p}.{name}"));
                        }
                        return None;
                    }
                }
            }
            ExprKind::Paren(x) => return self.type_expr(x, report),
            ExprKind::Star(x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Pointer(t))
            }
            ExprKind::SliceType(x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Slice(t))
            }
            ExprKind::Ellipsis(x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Slice(t))
            }
            ExprKind::ArrayType(len, x) => {
                let t = self.type_expr(x, report)?;
                let n = match len {
                    Some(l) => match self.const_eval(l) {
                        Some((_, ConstVal::Int(n))) if n >= 0 => n as u64,
                        _ => {
                            if report {
                                self.err(l.pos, "array length must be a non-negative integer constant");
                            }
                            return None;
                        }
                    },
                    None => 0,
                };
                self.types.intern(Type::Array(n, t))
            }
            ExprKind::MapType(k, v) => {
                let k = self.type_expr(k, report)?;
                let v = self.type_expr(v, report)?;
                if !self.types.comparable(k) && report {
                    { let __m = format!("invalid map key type {}", self.types.name(k)); self.err(e.pos, __m); };
                }
                self.types.intern(Type::Map(k, v))
            }
            ExprKind::ChanType(d, x) => {
                let t = self.type_expr(x, report)?;
                self.types.intern(Type::Chan(*d, t))
            }
            ExprKind::FuncType(sig) => self.func_type(sig),
            ExprKind::StructType(fields) => {
                let mut fs = Vec::new();
                for f in fields {
                    let t = self.type_expr(&f.ty, report)?;
                    if f.names.is_empty() {
                        let base = match &f.ty.kind {
                            ExprKind::Star(x) => x.as_ref(),
                            _ => &f.ty,
                        };
                        let name = match &base.kind {
                            ExprKind::Selector(_, n, _) => n.clone(),
                            ExprKind::Ident(n) => n.clone(),
                            _ => "?".into(),
                        };
                        fs.push(FieldInfo { name, ty: t, embedded: true });
                    }
                    for (n, _) in &f.names {
                        fs.push(FieldInfo { name: n.clone(), ty: t, embedded: false });
                    }
                }
                self.types.intern(Type::Struct(fs))
            }
            ExprKind::InterfaceType(elems) => {
                let mut ms: Vec<(String, TypeId)> = Vec::new();
                for el in elems {
                    match el {
                        IfaceElem::Method(n, sig, _) => {
                            let s = self.func_type(sig);
                            ms.push((n.clone(), s));
                        }
                        IfaceElem::Embed(x) => {
                            let t = self.type_expr(x, report)?;
                            if let Type::Interface(inner) = self.types.under(t).clone() {
                                ms.extend(inner);
                            }
                        }
                    }
                }
                ms.sort_by(|a, b| a.0.cmp(&b.0));
                ms.dedup_by(|a, b| a.0 == b.0);
                self.types.intern(Type::Interface(ms))
            }
            _ => {
                if report {
                    self.err(e.pos, format!("{} is not a type", expr_str(e)));
                }
                return None;
            }
        };
        Some(t)
    }

    /// The func type of a signature.
    pub(crate) fn func_type(&mut self, sig: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for f in &sig.params {
            if matches!(f.ty.kind, ExprKind::Ellipsis(_)) {
                variadic = true;
            }
            let t = self.resolve_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &sig.results {
            let t = self.resolve_type(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.types.intern(Type::Func { params, results, variadic })
    }

    // ---------- package level ----------

    fn package(&mut self, file: &File) {
        if file.package != "main" {
            self.err(Pos { line: 1, col: 9 }, format!("package {} is not a main package", file.package));
        }
        for imp in &file.imports {
            if !self.libs.contains_key(&imp.path) {
                self.err(imp.pos, format!("package {} is not in std", imp.path));
                continue;
            }
            let local = imp.name.clone().unwrap_or_else(|| imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string());
            self.imports.insert(local, (imp.path.clone(), imp.pos, false));
        }
        // 1. type names.
        let mut type_specs = Vec::new();
        for d in &file.decls {
            if let Decl::Gen(GenDecl::Type(specs)) = d {
                for s in specs {
                    if s.generic {
                        self.err(s.pos, "generic types are not supported here");
                        continue;
                    }
                    if self.pkg.contains_key(&s.name) {
                        self.err(s.pos, format!("{} redeclared in this block", s.name));
                        continue;
                    }
                    let id = if s.alias { ids::ANY } else { self.types.new_named(&format!("main.{}", s.name)) };
                    self.pkg.insert(s.name.clone(), Ent::Type(id));
                    type_specs.push(s.clone());
                }
            }
        }
        for s in &type_specs {
            let under = self.resolve_type(&s.ty);
            if s.alias {
                self.pkg.insert(s.name.clone(), Ent::Type(under));
            } else if let Some(Ent::Type(id)) = self.pkg.get(&s.name).cloned() {
                self.types.set_underlying(id, under);
            }
        }
        // Re-resolve underlying types that referred to types declared later.
        for s in &type_specs {
            if !s.alias {
                if let Some(Ent::Type(id)) = self.pkg.get(&s.name).cloned() {
                    let under = self.resolve_type(&s.ty);
                    self.types.set_underlying(id, under);
                }
            }
        }
        // 2. function and method signatures.
        let mut bodies = Vec::new();
        for d in &file.decls {
            let Decl::Func(f) = d else { continue };
            if f.generic {
                self.err(f.pos, "generic functions are not supported here");
                continue;
            }
            let sig = self.func_type(&f.sig);
            let idx = self.funcs.len() as u32;
            self.funcs.push(Function::default());
            match &f.recv {
                None => {
                    if f.name == "init" {
                        bodies.push((f.clone(), idx, sig, None));
                        continue;
                    }
                    if f.name == "main" && (!f.sig.params.is_empty() || !f.sig.results.is_empty()) {
                        self.err(f.pos, "func main must have no arguments and no return values");
                    }
                    if self.pkg.contains_key(&f.name) {
                        self.err(f.pos, format!("{} redeclared in this block", f.name));
                    }
                    self.pkg.insert(f.name.clone(), Ent::Func(idx, sig));
                    bodies.push((f.clone(), idx, sig, None));
                }
                Some(r) => {
                    let (ptr, base) = match &r.ty.kind {
                        ExprKind::Star(x) => (true, x.as_ref()),
                        _ => (false, &r.ty),
                    };
                    let Some(tid) = self.type_of_expr_quiet(base) else {
                        self.err(base.pos, format!("undefined: {}", expr_str(base)));
                        continue;
                    };
                    let tname = self.types.name(tid);
                    if self.types.method(tid, &f.name).is_some() {
                        self.err(f.pos, format!("method {}.{} already declared", tname.trim_start_matches("main."), f.name));
                    }
                    self.add_method(tid, Method { name: f.name.clone(), sig, ptr_recv: ptr, target: MethodTarget::Func(idx) });
                    let rt = if ptr { self.types.intern(Type::Pointer(tid)) } else { tid };
                    bodies.push((f.clone(), idx, sig, Some((r.clone(), rt, tname))));
                }
            }
        }
        // 3. constants, then globals in Go's initialisation order (a variable after the ones its
        // initialiser refers to, directly or through functions); initialisers run in main.init.
        self.fstack.push(new_fn("main.init", vec![]));
        for d in &file.decls {
            if let Decl::Gen(GenDecl::Const(specs)) = d {
                self.const_specs(specs, true);
            }
        }
        let var_specs: Vec<ValueSpec> = file
            .decls
            .iter()
            .filter_map(|d| match d {
                Decl::Gen(GenDecl::Var(specs)) => Some(specs.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        for spec in init_order(file, &var_specs) {
            self.global_vars(std::slice::from_ref(&spec));
        }
        let init_state = self.fstack.pop();
        // 4. bodies.
        let mut inits = Vec::new();
        for (f, idx, sig, recv) in bodies {
            let name = match &recv {
                Some((_, rt, _)) => {
                    let rn = self.types.name(*rt);
                    if rn.starts_with('*') {
                        format!("main.(*{}).{}", rn.trim_start_matches("*main."), f.name)
                    } else {
                        format!("{}.{}", rn, f.name)
                    }
                }
                None => format!("main.{}", f.name),
            };
            let recv_field = recv.map(|(r, rt, _)| (r, rt));
            let func = self.function(&name, &f.sig, sig, recv_field, f.body.as_ref(), f.pos);
            self.funcs[idx as usize] = func;
            if f.name == "init" && f.recv.is_none() {
                inits.push(idx);
            }
        }
        // 5. the init function: globals' initialisers, then each init().
        if let Some(mut st) = init_state {
            for idx in inits {
                st.f.code.push(Op::Call(idx, 0));
                st.f.pos.push(Pos::default());
            }
            st.f.code.push(Op::Ret);
            st.f.pos.push(Pos::default());
            self.funcs.push(st.f);
        }
        for (name, (_, pos, used)) in self.imports.clone() {
            if !used {
                let path = &self.imports[&name].0;
                let short = path.rsplit('/').next().unwrap_or(path);
                if short == name {
                    self.err(pos, format!("{path:?} imported and not used"));
                } else {
                    self.err(pos, format!("{path:?} imported as {name} and not used"));
                }
            }
        }
    }

    fn global_vars(&mut self, specs: &[ValueSpec]) {
        for s in specs {
            let declared = s.ty.as_ref().map(|t| self.resolve_type(t));
            if s.values.len() == 1 && s.names.len() > 1 {
                let t = self.expr(&s.values[0], None);
                let ts = self.tuple_types(t);
                for (i, (n, p)) in s.names.iter().enumerate().rev() {
                    let ty = declared.unwrap_or(*ts.get(i).unwrap_or(&ids::ANY));
                    self.new_global(n, ty, *p, true);
                }
                continue;
            }
            if !s.values.is_empty() && s.values.len() != s.names.len() {
                self.err(s.names[0].1, format!("assignment mismatch: {} variables but {} values", s.names.len(), s.values.len()));
                continue;
            }
            for (i, (n, p)) in s.names.iter().enumerate() {
                match s.values.get(i) {
                    Some(v) => {
                        self.conv_ctx = "variable declaration".into();
                        let t = self.expr(v, declared);
                        self.conv_ctx = "assignment".into();
                        let ty = match declared {
                            Some(d) => {
                                self.assign_conv(t, d, v, "variable declaration");
                                d
                            }
                            None => self.default_type(t),
                        };
                        self.new_global(n, ty, *p, true);
                    }
                    None => {
                        let ty = declared.unwrap_or(ids::ANY);
                        self.new_global(n, ty, *p, false);
                    }
                }
            }
        }
    }

    fn new_global(&mut self, name: &str, ty: TypeId, pos: Pos, init: bool) {
        let g = self.globals;
        self.globals += 1;
        if !init {
            self.emit(Op::Zero(ty), pos);
        }
        self.emit(Op::SetGlobal(g), pos);
        if name == "_" {
            return;
        }
        let id = self.vars.len();
        self.vars.push((name.to_string(), pos, true, false));
        if self.pkg.contains_key(name) {
            self.err(pos, format!("{name} redeclared in this block"));
        }
        self.pkg.insert(name.to_string(), Ent::Var(VarInfo { ty, loc: Loc::Global(g), id }));
    }

    /// `const` specs, at package level (`global`) or in a function.
    pub(crate) fn const_specs(&mut self, specs: &[ValueSpec], global: bool) {
        for s in specs {
            self.iota = Some(s.iota);
            let declared = s.ty.as_ref().map(|t| self.resolve_type(t));
            if s.values.is_empty() {
                self.err(s.names[0].1, "missing init expr for const declaration");
            }
            for (i, (n, p)) in s.names.iter().enumerate() {
                let Some(e) = s.values.get(i) else {
                    if !s.values.is_empty() {
                        self.err(*p, "missing init expr for const declaration");
                    }
                    continue;
                };
                match self.const_eval(e) {
                    Some((t, v)) => {
                        let (t, v) = match declared {
                            Some(d) => (d, self.convert_const(v, t, d, e)),
                            None => (t, v),
                        };
                        if n == "_" {
                            continue;
                        }
                        if global {
                            self.pkg.insert(n.clone(), Ent::Const(t, v));
                        } else if let Some(sc) = self.fs().scopes.last_mut() {
                            sc.insert(n.clone(), Ent::Const(t, v));
                        }
                    }
                    None => {
                        let _ = self.peek_type(e);
                        if !self.errors.iter().any(|x| x.0 >= e.pos) {
                            self.err(e.pos, format!("{} is not constant", expr_str(e)));
                        }
                    }
                }
            }
        }
        self.iota = None;
    }

    /// Compiles a function body into a [`Function`].
    pub(crate) fn function(
        &mut self,
        name: &str,
        sig_ast: &FuncType,
        sig: TypeId,
        recv: Option<(Field, TypeId)>,
        body: Option<&Block>,
        pos: Pos,
    ) -> Function {
        let Some(body) = body else {
            self.err(pos, "missing function body");
            return Function::default();
        };
        let top = self.fstack.is_empty() || self.fstack.len() == 1 && self.fstack[0].f.name == "main.init";
        if self.fstack.is_empty() {
            self.escapes = escapes(body);
        }
        let _ = top;
        let (params, results, variadic) = match self.types.get(sig).clone() {
            Type::Func { params, results, variadic } => (params, results, variadic),
            _ => (vec![], vec![], false),
        };
        let saved_labels = (std::mem::take(&mut self.label_defs), std::mem::take(&mut self.labels_used));
        let mut st = new_fn(name, results.clone());
        st.f.variadic = variadic;
        self.fstack.push(st);
        // Parameters occupy the first slots (receiver first).
        let mut names: Vec<(String, Pos, TypeId)> = Vec::new();
        if let Some((r, rt)) = &recv {
            let (n, p) = r.names.first().cloned().unwrap_or(("_".into(), pos));
            names.push((n, p, *rt));
        }
        let mut pi = 0;
        for f in &sig_ast.params {
            if f.names.is_empty() {
                names.push(("_".into(), f.ty.pos, params[pi]));
                pi += 1;
            }
            for (n, p) in &f.names {
                names.push((n.clone(), *p, params.get(pi).copied().unwrap_or(ids::ANY)));
                pi += 1;
            }
        }
        let nparams = names.len() as u16;
        let nres = results.len() as u16;
        {
            let fs = self.fs();
            fs.f.params = nparams;
            fs.f.results = nres;
            fs.next_slot = nparams + nres;
            fs.f.slots = fs.next_slot;
        }
        // Boxed parameters are re-homed: their slot's value moves into a box.
        for (i, (n, _, t)) in names.iter().enumerate() {
            if n == "_" {
                continue;
            }
            let slot = i as u16;
            let loc = if self.escapes.contains(n) {
                self.emit(Op::Local(slot), pos);
                self.emit(Op::NewBox(slot), pos);
                Loc::Boxed(slot)
            } else {
                Loc::Local(slot)
            };
            let id = self.vars.len();
            self.vars.push((n.clone(), pos, true, true));
            self.fs().scopes[0].insert(n.clone(), Ent::Var(VarInfo { ty: *t, loc, id }));
        }
        // Results: zeroed; named ones declared.
        let mut ri = 0usize;
        let mut locs = Vec::new();
        let mut named = false;
        for f in &sig_ast.results {
            let count = f.names.len().max(1);
            for k in 0..count {
                let slot = nparams + ri as u16;
                let t = results.get(ri).copied().unwrap_or(ids::ANY);
                self.emit(Op::Zero(t), pos);
                let name = f.names.get(k).map(|x| x.0.clone());
                let boxed = name.as_ref().is_some_and(|n| self.escapes.contains(n));
                let loc = if boxed {
                    self.emit(Op::NewBox(slot), pos);
                    Loc::Boxed(slot)
                } else {
                    self.emit(Op::SetLocal(slot), pos);
                    Loc::Local(slot)
                };
                if boxed {
                    self.fs().f.boxed_results.push(slot);
                }
                if let Some(n) = name {
                    named = true;
                    if n != "_" {
                        let id = self.vars.len();
                        self.vars.push((n.clone(), pos, true, true));
                        self.fs().scopes[0].insert(n, Ent::Var(VarInfo { ty: t, loc, id }));
                    }
                }
                locs.push(loc);
                ri += 1;
            }
        }
        self.fs().result_locs = locs;
        self.fs().named_results = named;
        self.push_scope();
        for s in &body.stmts {
            self.stmt(s);
        }
        self.pop_scope();
        if !results.is_empty() && !terminates_list(&body.stmts) {
            self.err(body.end, "missing return");
        }
        self.emit(Op::Ret, body.end);
        for (l, p) in std::mem::take(&mut self.label_defs) {
            if !self.labels_used.contains(&l) {
                self.err(p, format!("label {l} defined and not used"));
            }
        }
        (self.label_defs, self.labels_used) = saved_labels;
        // Gotos.
        let gotos = std::mem::take(&mut self.fs().gotos);
        for (at, label, p) in gotos {
            match self.fs().labels.get(&label).copied() {
                Some(t) => self.patch(at, t),
                None => self.err(p, format!("label {label} not defined")),
            }
        }
        let st = self.fstack.pop();
        match st {
            Some(s) => {
                if !self.fstack.is_empty() {
                    if let Some(c) = self.closure_captures.last_mut() {
                        *c = s.captures;
                    }
                }
                s.f
            }
            None => Function::default(),
        }
    }

    /// The default type of an untyped constant type (`int`, `float64`, ...), else itself.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match t {
            ids::UNTYPED_INT => ids::INT,
            ids::UNTYPED_FLOAT => ids::FLOAT64,
            ids::UNTYPED_RUNE => ids::INT32,
            ids::UNTYPED_STRING => ids::STRING,
            ids::UNTYPED_BOOL => ids::BOOL,
            _ => t,
        }
    }

    /// The component types of a tuple (or the single type).
    pub(crate) fn tuple_types(&self, t: TypeId) -> Vec<TypeId> {
        match self.types.get(t) {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![t],
        }
    }
}

pub(crate) fn new_fn(name: &str, results: Vec<TypeId>) -> FnState {
    FnState {
        f: Function { name: name.to_string(), ..Function::default() },
        scopes: vec![HashMap::new()],
        results,
        result_locs: Vec::new(),
        named_results: false,
        captures: Vec::new(),
        capture_names: Vec::new(),
        next_slot: 0,
        loops: Vec::new(),
        closures: 0,
        labels: HashMap::new(),
        gotos: Vec::new(),
    }
}

fn ident_of(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        _ => String::new(),
    }
}

/// A signature as written, e.g. `(s string) int`.
pub(crate) fn sig_str(sig: &FuncType) -> String {
    let field = |f: &Field| {
        let names: Vec<&str> = f.names.iter().map(|n| n.0.as_str()).collect();
        if names.is_empty() {
            expr_str(&f.ty)
        } else {
            format!("{} {}", names.join(", "), expr_str(&f.ty))
        }
    };
    let ps: Vec<String> = sig.params.iter().map(field).collect();
    let rs: Vec<String> = sig.results.iter().map(field).collect();
    match (rs.len(), sig.results.first().is_some_and(|f| f.names.is_empty())) {
        (0, _) => format!("({})", ps.join(", ")),
        (1, true) => format!("({}) {}", ps.join(", "), rs[0]),
        _ => format!("({}) ({})", ps.join(", "), rs.join(", ")),
    }
}

/// Go's spelling of an expression in error messages.
pub(crate) fn expr_str(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::Int(s) | ExprKind::Float(s) => s.clone(),
        ExprKind::Char(c) => format!("{:?}", char::from_u32(*c as u32).unwrap_or('?')),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Paren(x) => format!("({})", expr_str(x)),
        ExprKind::Selector(x, n, _) => format!("{}.{n}", expr_str(x)),
        ExprKind::Index(x, i) => format!("{}[{}]", expr_str(x), expr_str(i)),
        ExprKind::Call { fun, args, spread, .. } => {
            let a: Vec<String> = args.iter().map(expr_str).collect();
            format!("{}({}{})", expr_str(fun), a.join(", "), if *spread { "..." } else { "" })
        }
        ExprKind::Star(x) => format!("*{}", expr_str(x)),
        ExprKind::Unary(op, x) => format!("{op}{}", expr_str(x)),
        ExprKind::Binary(op, l, r) => format!("{} {op} {}", expr_str(l), expr_str(r)),
        ExprKind::Composite { ty: Some(t), .. } => format!("{}{{…}}", expr_str(t)),
        ExprKind::Composite { ty: None, .. } => "{…}".into(),
        ExprKind::FuncLit(sig, _) => format!("func{} {{…}}", sig_str(sig)),
        ExprKind::SliceType(t) => format!("[]{}", expr_str(t)),
        ExprKind::MapType(k, v) => format!("map[{}]{}", expr_str(k), expr_str(v)),
        ExprKind::TypeAssert(x, Some(t)) => format!("{}.({})", expr_str(x), expr_str(t)),
        ExprKind::Slice(x, ..) => format!("{}[:]", expr_str(x)),
        _ => "expression".into(),
    }
}

/// Identifiers mentioned in a piece of syntax (read from its debug form).
fn mentioned(node: &impl std::fmt::Debug) -> HashSet<String> {
    let text = format!("{node:?}");
    let mut out = HashSet::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("Ident(\"") {
        rest = &rest[i + 7..];
        if let Some(end) = rest.find('"') {
            out.insert(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

/// Package variables in Go's initialisation order: repeatedly the earliest in source order
/// whose initialiser depends (directly, or through the package's functions) on no variable not
/// yet initialised.
fn init_order(file: &File, specs: &[ValueSpec]) -> Vec<ValueSpec> {
    let funcs: HashMap<String, HashSet<String>> = file
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Func(f) if f.recv.is_none() => Some((f.name.clone(), mentioned(&f.body))),
            _ => None,
        })
        .collect();
    let var_names: HashSet<String> = specs.iter().flat_map(|s| s.names.iter().map(|n| n.0.clone())).collect();
    let deps: Vec<HashSet<String>> = specs
        .iter()
        .map(|s| {
            let mut seen = HashSet::new();
            let mut todo: Vec<String> = mentioned(&s.values).into_iter().collect();
            let mut out = HashSet::new();
            while let Some(n) = todo.pop() {
                if !seen.insert(n.clone()) {
                    continue;
                }
                if var_names.contains(&n) {
                    out.insert(n.clone());
                }
                if let Some(body) = funcs.get(&n) {
                    todo.extend(body.iter().cloned());
                }
            }
            for (n, _) in &s.names {
                out.remove(n);
            }
            out
        })
        .collect();
    let mut done: HashSet<String> = HashSet::new();
    let mut placed = vec![false; specs.len()];
    let mut order = Vec::new();
    while order.len() < specs.len() {
        let next = (0..specs.len()).find(|&i| !placed[i] && deps[i].iter().all(|d| done.contains(d)));
        // A cycle (Go reports it): fall back to source order.
        let i = next.unwrap_or_else(|| (0..specs.len()).find(|&i| !placed[i]).unwrap_or(0));
        placed[i] = true;
        for (n, _) in &specs[i].names {
            done.insert(n.clone());
        }
        order.push(specs[i].clone());
    }
    order
}

/// Names that must live in boxes: referenced inside a closure, or whose address is taken.
fn escapes(body: &Block) -> HashSet<String> {
    let mut out = HashSet::new();
    fn expr(e: &Expr, in_closure: bool, out: &mut HashSet<String>) {
        match &e.kind {
            ExprKind::Ident(n) if in_closure => {
                out.insert(n.clone());
            }
            ExprKind::Unary("&", x) => {
                if let ExprKind::Ident(n) = &x.kind {
                    out.insert(n.clone());
                }
                expr(x, in_closure, out);
            }
            ExprKind::FuncLit(_, b) => block(b, true, out),
            ExprKind::Composite { ty, elems, .. } => {
                if let Some(t) = ty {
                    expr(t, in_closure, out);
                }
                for (k, v) in elems {
                    if let Some(k) = k {
                        expr(k, in_closure, out);
                    }
                    expr(v, in_closure, out);
                }
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) | ExprKind::Selector(x, _, _) => expr(x, in_closure, out),
            ExprKind::TypeAssert(x, _) => expr(x, in_closure, out),
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) => {
                expr(a, in_closure, out);
                expr(b, in_closure, out);
            }
            ExprKind::Slice(x, a, b, c) => {
                expr(x, in_closure, out);
                for y in [a, b, c].into_iter().flatten() {
                    expr(y, in_closure, out);
                }
            }
            ExprKind::Call { fun, args, .. } => {
                expr(fun, in_closure, out);
                for a in args {
                    expr(a, in_closure, out);
                }
            }
            _ => {}
        }
    }
    fn stmt(s: &Stmt, c: bool, out: &mut HashSet<String>) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, c, out),
            StmtKind::Send(a, b) => {
                expr(a, c, out);
                expr(b, c, out);
            }
            StmtKind::IncDec(e, _) => expr(e, c, out),
            StmtKind::Assign(l, _, r) => {
                for e in l.iter().chain(r.iter()) {
                    expr(e, c, out);
                }
            }
            StmtKind::Decl(GenDecl::Var(specs)) | StmtKind::Decl(GenDecl::Const(specs)) => {
                for sp in specs {
                    if c {
                        for (n, _) in &sp.names {
                            out.insert(n.clone());
                        }
                    }
                    for v in &sp.values {
                        expr(v, c, out);
                    }
                }
            }
            StmtKind::Return(v) => {
                for e in v {
                    expr(e, c, out);
                }
            }
            StmtKind::Block(b) => block(b, c, out),
            StmtKind::If(i, cond, t, e) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                expr(cond, c, out);
                block(t, c, out);
                if let Some(e) = e {
                    stmt(e, c, out);
                }
            }
            StmtKind::Switch(i, tag, cl, _) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                if let Some(t) = tag {
                    expr(t, c, out);
                }
                for k in cl {
                    for e in k.exprs.iter().flatten() {
                        expr(e, c, out);
                    }
                    for s in &k.body {
                        stmt(s, c, out);
                    }
                }
            }
            StmtKind::TypeSwitch(i, bind, x, cl) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                if let (Some((n, _)), true) = (bind, c) {
                    out.insert(n.clone());
                }
                expr(x, c, out);
                for k in cl {
                    for s in &k.body {
                        stmt(s, c, out);
                    }
                }
            }
            StmtKind::Select(cl) => {
                for k in cl {
                    if let Some(s) = &k.comm {
                        stmt(s, c, out);
                    }
                    for s in &k.body {
                        stmt(s, c, out);
                    }
                }
            }
            StmtKind::For(i, cond, post, b) => {
                if let Some(i) = i {
                    stmt(i, c, out);
                }
                if let Some(e) = cond {
                    expr(e, c, out);
                }
                if let Some(p) = post {
                    stmt(p, c, out);
                }
                block(b, c, out);
            }
            StmtKind::Range(k, v, _, x, b) => {
                for e in [k, v].into_iter().flatten() {
                    expr(e, c, out);
                }
                expr(x, c, out);
                // A range over a call may be a function iterator: its body becomes a closure.
                let iter = c || matches!(x.kind, ExprKind::Call { .. } | ExprKind::FuncLit(..));
                block(b, iter, out);
            }
            StmtKind::Labeled(_, s) => stmt(s, c, out),
            _ => {}
        }
    }
    fn block(b: &Block, c: bool, out: &mut HashSet<String>) {
        for s in &b.stmts {
            stmt(s, c, out);
        }
    }
    block(body, false, &mut out);
    out
}

/// Go's terminating statement rule (for `missing return`).
pub(crate) fn terminates_list(stmts: &[Stmt]) -> bool {
    stmts.iter().rev().find(|s| !matches!(s.kind, StmtKind::Empty)).is_some_and(terminates)
}

fn terminates(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(Expr { kind: ExprKind::Call { fun, .. }, .. }) => {
            matches!(&fun.kind, ExprKind::Ident(n) if n == "panic")
                || matches!(&fun.kind, ExprKind::Selector(x, n, _) if n == "Exit" && matches!(&x.kind, ExprKind::Ident(p) if p == "os"))
        }
        StmtKind::Block(b) => terminates_list(&b.stmts),
        StmtKind::If(_, _, t, Some(e)) => terminates_list(&t.stmts) && terminates(e),
        StmtKind::For(_, None, _, b) => !has_break(&b.stmts, None, true),
        StmtKind::Labeled(l, s) => match &s.kind {
            StmtKind::For(_, None, _, b) => !has_break(&b.stmts, Some(l), true),
            _ => terminates(s),
        },
        StmtKind::Switch(_, _, cl, _) | StmtKind::TypeSwitch(_, _, _, cl) => {
            cl.iter().any(|c| c.exprs.is_none())
                && cl.iter().all(|c| {
                    (terminates_list(&c.body) || c.body.last().is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                        && !has_break(&c.body, None, true)
                })
        }
        StmtKind::Select(cl) => cl.iter().all(|c| terminates_list(&c.body) && !has_break(&c.body, None, true)),
        _ => false,
    }
}

fn has_break(stmts: &[Stmt], label: Option<&String>, top: bool) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If(_, _, t, e) => {
            has_break(&t.stmts, label, top) || e.as_ref().is_some_and(|e| has_break(std::slice::from_ref(e.as_ref()), label, top))
        }
        StmtKind::Labeled(_, s) => has_break(std::slice::from_ref(s.as_ref()), label, top),
        StmtKind::For(.., b) | StmtKind::Range(.., b) => has_break(&b.stmts, label, false),
        StmtKind::Switch(_, _, cl, _) | StmtKind::TypeSwitch(_, _, _, cl) => cl.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(cl) => cl.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    })
}

/// An `Rc<str>` constant value.
pub(crate) fn str_value(s: &str) -> Value {
    Value::Str(Rc::from(s))
}
