//! The checker-compiler: one pass over the syntax tree that computes every expression's type,
//! reports Go's compile errors in Go's words, and emits bytecode.
//!
//! `mod.rs` holds the state (scopes, functions being built), name lookup with closure capture and
//! emission. `package.rs` is the package level (types, methods, globals in Go's init order,
//! `init`, function bodies), `library.rs` binds `prelude.rs` (the library's declarations, in Go)
//! to the VM's natives, `typeexpr.rs` resolves types, `expr.rs` compiles expressions,
//! `assign.rs` is assignability and Go's operand descriptions, `literal.rs` composite and function
//! literals, `call.rs` calls, builtins and conversions, `stmt.rs` statements, `control.rs` range,
//! switch and select, `consts.rs` constant folding, `syntax.rs` facts read from syntax alone,
//! `testmain.rs` the main of a test file (run as the test binary `go test -c` builds).
//!
//! Variables captured by a closure or whose address is taken (`&x`) live in boxes; the set is
//! found syntactically per top-level function before compiling it (`escapes`).

mod assign;
mod call;
mod consts;
mod control;
mod expr;
mod literal;
mod library;
mod package;
mod prelude;
mod stmt;
mod syntax;
mod testmain;
mod typeexpr;

pub use testmain::is_test_file;

pub(crate) use syntax::{expr_str, sig_str, terminates_list};

pub use consts::ConstVal;

/// The import paths of the standard-library packages gorun provides, sorted.
pub fn packages() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = prelude::PACKAGES.iter().map(|p| p.0).collect();
    names.sort_unstable();
    names.dedup();
    names
}

use super::ast::*;
use super::bytecode::{Function, Op, Program};
use super::types::{ids, MethodTarget, Type, TypeId, TypeTable};
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
    /// True while compiling the library's Go (which may use other packages' unexported names).
    pub(crate) in_library: bool,
    /// The library packages' init functions, in dependency order; the program's init calls them.
    pub(crate) lib_inits: Vec<u32>,
    /// The file is a test file run as a test binary (any package name; the main is made).
    pub(crate) test_mode: bool,
    /// The file's package name, which qualifies its types (`main.T`, `fetch.T` in a test file).
    pub(crate) pkg_name: String,
}

/// Compiles a parsed file, or returns its compile errors sorted by position.
pub fn compile(file: &File, filename: &str) -> Result<Program, Vec<(Pos, String)>> {
    let mut c = Compiler::new();
    let test = is_test_file(file, filename);
    let mut imports: Vec<&str> = file.imports.iter().map(|i| i.path.as_str()).collect();
    if test {
        imports.push("testing");
    }
    c.load_prelude(&imports);
    let with_main;
    let file = if test {
        let tests = c.prepare_test_main(file);
        let (import, main) = testmain::test_main(&tests);
        let mut f = file.clone();
        f.imports.push(import);
        f.decls.push(Decl::Func(main));
        with_main = f;
        c.test_mode = true;
        c.pkg_name = file.package.clone();
        &with_main
    } else {
        file
    };
    c.package(file);
    if !c.errors.is_empty() {
        let mut errs = c.errors;
        errs.sort_by_key(|e| e.0);
        errs.dedup();
        return Err(errs);
    }
    let main_fn = match (test, c.pkg.get("main")) {
        (true, _) => c.test_main_fn().unwrap_or_default(),
        (false, Some(Ent::Func(i, _))) => *i,
        _ => return Err(vec![(Pos { line: 0, col: 0 }, "function main is undeclared in the main package".into())]),
    };
    let init_fn = c.funcs.len() as u32 - 1;
    let promoted = c.promoted_methods();
    Ok(Program {
        promoted,
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
            in_library: false,
            lib_inits: Vec::new(),
            test_mode: false,
            pkg_name: "main".into(),
        }
    }

    /// A type's name as Go's compile errors print it (this package's names unqualified).
    pub(crate) fn tn(&self, t: TypeId) -> String {
        self.types.name(t).replace(&format!("{}.", self.pkg_name), "").replace("struct {}", "struct{}")
    }

    pub(crate) fn err(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push((pos, msg.into()));
    }

    // ---------- the library ----------

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

    // ---------- package level ----------

    /// Methods reachable through embedded fields of the program's struct types (and pointers to
    /// them), for dynamic dispatch.
    fn promoted_methods(&mut self) -> HashMap<(TypeId, String), (MethodTarget, bool, Vec<u16>)> {
        let names: HashSet<String> = self.types.methods.values().flatten().map(|m| m.name.clone()).collect();
        let mut iface_names: HashSet<String> = HashSet::new();
        for t in 0..self.types.len() as TypeId {
            if let Type::Interface(ms) = self.types.get(t) {
                iface_names.extend(ms.iter().map(|m| m.0.clone()));
            }
        }
        let mut out = HashMap::new();
        for t in 0..self.types.len() as TypeId {
            let Type::Named { .. } = self.types.get(t) else { continue };
            let Type::Struct(fields) = self.types.under(t).clone() else { continue };
            if !fields.iter().any(|f| f.embedded) {
                continue;
            }
            for name in names.iter().chain(iface_names.iter()) {
                if let Some(expr::Sel::Method(path, target, ptr, _, _)) = self.select(t, name) {
                    if !path.is_empty() {
                        out.insert((t, name.clone()), (target, ptr, path.clone()));
                        let pt = self.types.intern(Type::Pointer(t));
                        out.insert((pt, name.clone()), (target, ptr, path));
                    }
                }
            }
        }
        out
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

/// An `Rc<str>` constant value.
pub(crate) fn str_value(s: &str) -> Value {
    Value::Str(Rc::from(s))
}
