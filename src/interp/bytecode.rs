//! Bytecode: the compiled form of a program, one [`Function`] per Go function or closure.
//!
//! A stack machine whose locals live in numbered slots of the frame (resolved at compile time).
//! Captured and address-taken variables live in boxes; a closure holds the boxes it captures.

use super::ast::Pos;
use super::types::{TypeId, TypeTable};
use super::vm::value::Value;
use std::collections::HashMap;

/// Numeric kind of an arithmetic operation: how results wrap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Num {
    /// int, int64.
    I64,
    /// int32, rune.
    I32,
    /// int16.
    I16,
    /// int8.
    I8,
    /// uint, uint64, uintptr.
    U64,
    /// uint32.
    U32,
    /// uint16.
    U16,
    /// uint8, byte.
    U8,
    /// float64, float32.
    F64,
    /// string (only `+` and comparisons).
    Str,
    /// bool or anything compared for equality only.
    Other,
}

/// Binary arithmetic operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Bin {
    Add, Sub, Mul, Div, Rem, And, Or, Xor, AndNot, Shl, Shr,
}

/// Comparisons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Cmp {
    Lt, Le, Gt, Ge,
}

/// Conversions between kinds of value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// Integer to integer of kind `Num` (wraps).
    IntToInt(Num),
    /// Integer to float.
    IntToFloat,
    /// Float to integer of kind `Num` (truncates).
    FloatToInt(Num),
    /// Integer to a one-rune string.
    RuneToStr,
    /// string to []byte.
    StrToBytes,
    /// []byte to string.
    BytesToStr,
    /// string to []rune.
    StrToRunes,
    /// []rune to string.
    RunesToStr,
}

/// One instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Push nil.
    Nil,
    /// Push a bool.
    Bool(bool),
    /// Push an integer.
    Int(i64),
    /// Push a float.
    Float(f64),
    /// Push constant `n` of the function's pool.
    Const(u32),
    /// Push the zero value of a type.
    Zero(TypeId),
    /// Discard the top.
    Pop,
    /// Duplicate the top.
    Dup,
    /// Push a copy of the value `n` below the top (0 = top).
    Pick(u16),
    /// Swap the two top values.
    Swap,
    /// Push local slot `n`.
    Local(u16),
    /// Pop into local slot `n`.
    SetLocal(u16),
    /// Pop a value into a new box stored in slot `n` (a fresh captured/addressed variable).
    NewBox(u16),
    /// Push the value in the box in slot `n`.
    LoadBox(u16),
    /// Pop into the box in slot `n`.
    StoreBox(u16),
    /// Push captured variable `n`'s value.
    Upval(u16),
    /// Pop into captured variable `n`.
    SetUpval(u16),
    /// Push captured variable `n`'s box itself (a pointer to it).
    UpvalRef(u16),
    /// Push global `n`'s value.
    Global(u32),
    /// Pop into global `n`.
    SetGlobal(u32),
    /// Push a pointer to global `n`.
    GlobalRef(u32),
    /// Replace the top (a struct or array) by a copy of it.
    Copy,
    /// Arithmetic on the two top values.
    Bin(Bin, Num),
    /// Negation.
    Neg(Num),
    /// Logical not.
    Not,
    /// Bitwise complement.
    Compl(Num),
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// Ordered comparison.
    Cmp(Cmp, Num),
    /// A conversion.
    Conv(Conv),
    /// Wrap the top (a concrete value) into an interface value of dynamic type `TypeId`.
    ToIface(TypeId),
    /// Jump to pc.
    Jump(u32),
    /// Pop; jump if false.
    JumpIfFalse(u32),
    /// Pop; jump if true.
    JumpIfTrue(u32),
    /// Call function `n` with `argc` arguments on the stack.
    Call(u32, u16),
    /// Call the function value below `argc` arguments.
    CallValue(u16),
    /// Call library function `id` with `argc` arguments; `spread` when the last is `args...`.
    CallNative(u16, u16),
    /// Call method named by constant `name` on the interface value below `argc` arguments.
    CallIface(u32, u16),
    /// Return from the function (running deferred calls first).
    Ret,
    /// Make a closure of function `n` from `ncapt` boxes on the stack.
    Closure(u32, u16),
    /// Bind the top value as the receiver of method function `n` (a method value).
    Bind(u32),
    /// Bind the top value as the receiver of an interface method named by constant `n`.
    BindIface(u32),
    /// Start a goroutine calling the function value below `argc` arguments.
    Go(u16),
    /// Defer a call of the function value below `argc` arguments.
    Defer(u16),
    /// Panic with the top value.
    Panic,
    /// `recover()`.
    Recover,
    /// Make a slice of element type (len and cap on the stack).
    MakeSlice(TypeId),
    /// Make a map.
    MakeMap,
    /// Make a channel of element type `TypeId` with the buffer size on the stack.
    MakeChan(TypeId),
    /// A slice of `n` values from the stack.
    SliceLit(u32),
    /// An array of `n` values.
    ArrayLit(u32),
    /// A struct of `n` field values.
    StructLit(u32),
    /// A map of `n` key/value pairs.
    MapLit(u32),
    /// Pop a struct (or pointer to one); push field `n`.
    Field(u16),
    /// Pop value, pop struct pointer/struct; set field `n`.
    SetField(u16),
    /// Pop a struct pointer; push a pointer to field `n`.
    FieldRef(u16),
    /// Pop index, pop array/slice/string; push element.
    Index,
    /// Pop value, index, array/slice; store.
    SetIndex,
    /// Pop index, pop slice/array; push a pointer to the element.
    IndexRef,
    /// Pop key, pop map; push value (or the zero value of `TypeId`).
    MapGet(TypeId),
    /// Like `MapGet`, also pushing whether the key was present.
    MapGetOk(TypeId),
    /// Pop value, key, map; store.
    MapSet,
    /// Pop key, map; delete.
    MapDelete,
    /// Slice expression: bit 0 lo, bit 1 hi, bit 2 max present.
    SliceExpr(u8),
    /// `len`.
    Len,
    /// `cap`.
    Cap,
    /// Pop `n` values and a slice; push the appended slice.
    Append(u16),
    /// Pop a slice (or string), then a slice; append all.
    AppendSpread,
    /// `copy(dst, src)`.
    CopySlice,
    /// Dereference a pointer.
    Deref,
    /// Pop value, pop pointer; store through it.
    StoreDeref,
    /// Pop a struct/array value: push a pointer to it (for `&T{}`), or box any other value.
    Addr,
    /// Pop value, channel; send.
    Send,
    /// Pop channel; receive (`true`: also push ok).
    Recv(bool),
    /// Pop channel; close it.
    Close,
    /// Select over descriptor `n` of the function.
    Select(u32),
    /// Pop an interface value (of static type the second id); assert dynamic type (or interface)
    /// the first id (bool: comma-ok form).
    Assert(TypeId, TypeId, bool),
    /// Pop an interface; push whether its dynamic type is `TypeId` (type switches). The
    /// interface stays below.
    IsType(TypeId),
    /// Snapshot of a map's keys (in seeded random order) as a slice.
    MapKeys,
    /// Decode the rune at index (top) of string (below); push rune and its width.
    DecodeRune,
    /// Stop: a function that must return a value fell off its end (unreachable when checked).
    Unreachable,
    /// Fused `Local(slot) Int(k) Cmp(c, I64) JumpIfFalse(target)`: the next three instructions
    /// are the originals and are skipped.
    LocalIntCmpJump(u16, i32, Cmp, u32),
    /// Fused `Local(a) Local(b) Bin(op, I64)` (the next two are skipped).
    LocalLocalBin(u16, u16, Bin),
    /// Fused `Local(a) Int(k) Bin(op, I64)` (the next two are skipped).
    LocalIntBin(u16, i32, Bin),
}

/// Fuses common integer sequences into single instructions, in place: the fused instruction
/// replaces the first of the sequence and skips the rest, so no jump target moves. Sequences
/// that a jump enters in the middle are left alone.
pub fn fuse(code: &mut [Op]) {
    let mut targets = vec![false; code.len() + 1];
    for op in code.iter() {
        if let Op::Jump(t) | Op::JumpIfFalse(t) | Op::JumpIfTrue(t) = op {
            if let Some(x) = targets.get_mut(*t as usize) {
                *x = true;
            }
        }
    }
    let int_bin = |b: &Bin| matches!(b, Bin::Add | Bin::Sub | Bin::Mul | Bin::And | Bin::Or | Bin::Xor);
    let mut i = 0;
    while i + 2 < code.len() {
        let free = |n: usize| (1..n).all(|k| !targets[i + k]);
        let fused = match (&code[i], &code[i + 1], &code[i + 2], code.get(i + 3)) {
            (Op::Local(a), Op::Int(k), Op::Cmp(c, Num::I64), Some(Op::JumpIfFalse(t))) if free(4) && i32::try_from(*k).is_ok() => {
                Some((Op::LocalIntCmpJump(*a, *k as i32, *c, *t), 4))
            }
            (Op::Local(a), Op::Local(b), Op::Bin(op, Num::I64), _) if free(3) && int_bin(op) => Some((Op::LocalLocalBin(*a, *b, *op), 3)),
            (Op::Local(a), Op::Int(k), Op::Bin(op, Num::I64), _) if free(3) && int_bin(op) && i32::try_from(*k).is_ok() => {
                Some((Op::LocalIntBin(*a, *k as i32, *op), 3))
            }
            _ => None,
        };
        match fused {
            Some((op, n)) => {
                code[i] = op;
                i += n;
            }
            None => i += 1,
        }
    }
}

/// A select's cases in source order.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectDesc {
    /// For each case: true for a send (channel then value on the stack), false for a receive.
    pub sends: Vec<bool>,
    /// True if there is a `default` clause.
    pub has_default: bool,
}

/// One compiled function.
#[derive(Clone, Debug, Default)]
pub struct Function {
    /// Go's name for tracebacks: `main.worker`, `main.main.func1`.
    pub name: String,
    /// Instructions.
    pub code: Vec<Op>,
    /// Source position of each instruction.
    pub pos: Vec<Pos>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Parameter count (slots 0..params; the receiver first for methods).
    pub params: u16,
    /// Result slots follow the parameters.
    pub results: u16,
    /// Total slots.
    pub slots: u16,
    /// Result slots that hold boxes (named results captured by closures).
    pub boxed_results: Vec<u16>,
    /// Select descriptors.
    pub selects: Vec<SelectDesc>,
    /// True if variadic.
    pub variadic: bool,
    /// Part of the library (written in Go in the prelude), not of the program: runs report the
    /// line of the innermost program frame instead of this function's.
    pub library: bool,
}

/// A whole compiled program.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// Functions; `main` is at `main_fn`.
    pub funcs: Vec<Function>,
    /// `main.main`.
    pub main_fn: u32,
    /// The package initialiser (globals then `init` functions).
    pub init_fn: u32,
    /// Number of globals.
    pub globals: u32,
    /// All types.
    pub types: TypeTable,
    /// Method lookup for dynamic dispatch: (dynamic type, name) to (function or native, receiver
    /// needs a dereference first).
    pub methods: HashMap<(TypeId, String), (super::types::MethodTarget, bool)>,
    /// Methods promoted from embedded fields: (type or pointer type, name) to (target, pointer
    /// receiver?, the embedded field path from the receiver).
    pub promoted: HashMap<(TypeId, String), (super::types::MethodTarget, bool, Vec<u16>)>,
    /// The source file's name.
    pub filename: String,
}
