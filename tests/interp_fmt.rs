//! Go's formatting, checked case by case against real Go.
//!
//! `tests/interp_fmt/cases.jsonl` is recorded from Go 1.27 by `tests/interp_fmt/record.sh`: each
//! line is one call (`fmt.Sprintf`, `strconv.Quote`, `time.Duration.String`, ...) with its inputs
//! and Go's output. One `check` runs the Rust port on the same inputs and compares.

#[path = "interp_fmt/lib_calls.rs"]
mod lib_calls;

use context_lab::interp::fmt::{
    errorf, method_calls, panic_text, sprint_bytes, sprintf_bytes, sprintln_bytes, Call, FVal, Field, Kind,
    Methods, Op, Wrapped,
};
use serde_json::Value;
use std::rc::Rc;

const RECORDING: &str = include_str!("interp_fmt/cases.jsonl");

/// A Go string from a recording: `key` as text, or `key + "x"` as hex when not UTF-8.
pub fn go_string(o: &Value, key: &str) -> Option<Vec<u8>> {
    if let Some(s) = o.get(key).and_then(Value::as_str) {
        return Some(s.as_bytes().to_vec());
    }
    let h = o.get(format!("{key}x"))?.as_str()?;
    (0..h.len()).step_by(2).map(|i| u8::from_str_radix(&h[i..i + 2], 16).ok()).collect()
}

fn call(o: &Value) -> Call {
    if let Some(id) = o["pending"].as_u64() {
        return Call::Pending(id);
    }
    resolved_call(o)
}

/// The call's outcome, pending or not.
fn resolved_call(o: &Value) -> Call {
    match go_string(o, "ret") {
        Some(s) => Call::Returned(s),
        None => Call::Panicked(Box::new(fval(&o["panic"]))),
    }
}

fn hex_u64(o: &Value) -> u64 {
    u64::from_str_radix(o["bits"].as_str().unwrap_or("0"), 16).unwrap_or(0)
}

/// The value tree the recording describes.
fn fval(o: &Value) -> FVal {
    let addr = o["addr"].as_u64().unwrap_or(0);
    let items =
        |o: &Value| -> Option<Vec<FVal>> { o["items"].as_array().map(|a| a.iter().map(fval).collect()) };
    let bytes = o["bytes"].as_bool().unwrap_or(false);
    let kind = match o["k"].as_str().unwrap_or("") {
        "nil" => Kind::Nil,
        "bool" => Kind::Bool(o["v"].as_bool().unwrap_or(false)),
        "int" => Kind::Int(o["v"].as_i64().unwrap_or(0)),
        "uint" => Kind::Uint(o["v"].as_u64().unwrap_or(0)),
        "f64" => Kind::Float64(f64::from_bits(hex_u64(o))),
        "f32" => Kind::Float32(f32::from_bits(hex_u64(o) as u32)),
        "str" => Kind::Str(go_string(o, "s").unwrap_or_default()),
        "slice" => Kind::Slice { items: items(o), bytes, addr },
        "array" => Kind::Array { items: items(o).unwrap_or_default(), bytes },
        "map" => Kind::Map {
            entries: o["entries"]
                .as_array()
                .map(|es| es.iter().map(|e| (fval(&e[0]), fval(&e[1]))).collect()),
            addr,
        },
        "struct" => Kind::Struct(
            o["fields"]
                .as_array()
                .map(|fs| {
                    fs.iter()
                        .map(|f| Field {
                            name: Rc::from(f["n"].as_str().unwrap_or("")),
                            exported: f["x"].as_bool().unwrap_or(false),
                            val: fval(&f["v"]),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        ),
        "ptr" => Kind::Pointer { addr, target: o.get("target").map(|t| Box::new(fval(t))) },
        "func" => Kind::Func { addr },
        "chan" => Kind::Chan { addr },
        "unsafeptr" => Kind::UnsafePointer { addr },
        k => panic!("unknown kind {k} in recording"),
    };
    let methods = o.get("m").map(|m| {
        Box::new(Methods {
            error: m.get("error").map(call),
            string: m.get("string").map(call),
            go_string: m.get("gostring").map(call),
        })
    });
    FVal { ty: Rc::from(o["t"].as_str().unwrap_or("")), kind, methods }
}

/// The Error() text of an operand, to compare what Errorf wraps.
fn error_text(v: &FVal) -> String {
    match v.methods.as_ref().and_then(|m| m.error.as_ref()) {
        Some(Call::Returned(s)) => String::from_utf8_lossy(s).into_owned(),
        _ => String::new(),
    }
}

/// The pending method calls anywhere in a recorded value: (handle, method's log name, outcome).
fn pending_calls(v: &Value, out: &mut Vec<(u64, String, Call)>) {
    match v {
        Value::Object(o) => {
            if let Some(id) = o.get("pending").and_then(Value::as_u64) {
                out.push((id, o["name"].as_str().unwrap_or("").to_string(), resolved_call(v)));
            }
            o.values().for_each(|c| pending_calls(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| pending_calls(c, out)),
        _ => {}
    }
}

/// Checks that fmt asks for exactly the method calls Go made, in Go's order, then resolves them.
fn check_method_calls(case: &Value, op: Op<'_>, args: &mut [FVal]) -> Result<(), String> {
    let mut pending = vec![];
    pending_calls(&case["args"], &mut pending);
    let name = |id: u64| pending.iter().find(|p| p.0 == id).map_or("?".to_string(), |p| p.1.clone());
    let got: Vec<String> = method_calls(op, args).into_iter().map(name).collect();
    let want: Vec<String> = case["calls"]
        .as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap_or("").to_string()).collect())
        .unwrap_or_default();
    if got != want {
        return Err(format!("calls methods {got:?}, Go calls {want:?}"));
    }
    for (id, _, c) in &pending {
        args.iter_mut().for_each(|a| {
            a.resolve(*id, c);
        });
    }
    Ok(())
}

/// Runs one recorded case; `Err` describes a mismatch.
fn check(case: &Value) -> Result<(), String> {
    let fn_name = case["fn"].as_str().unwrap_or("");
    let mut args: Vec<FVal> =
        case["args"].as_array().map(|a| a.iter().map(fval).collect()).unwrap_or_default();
    let format = go_string(case, "format").unwrap_or_default();
    let op = match fn_name {
        "sprintf" => Some(Op::Sprintf(&format)),
        "errorf" => Some(Op::Errorf(&format)),
        "sprint" => Some(Op::Sprint),
        "sprintln" => Some(Op::Sprintln),
        _ => None,
    };
    if let Some(op) = op {
        check_method_calls(case, op, &mut args)?;
    }
    let (got, extra) = match fn_name {
        "sprintf" => (sprintf_bytes(&format, &args), String::new()),
        "sprint" => (sprint_bytes(&args), String::new()),
        "sprintln" => (sprintln_bytes(&args), String::new()),
        "errorf" => {
            let (msg, wrapped) = errorf(&format, &args);
            let texts = |ix: &[usize]| ix.iter().map(|&i| error_text(&args[i])).collect::<Vec<_>>();
            let (kind, unwrapped) = match &wrapped {
                Wrapped::None => ("none", vec![]),
                Wrapped::One(i) => ("one", texts(&i.iter().copied().collect::<Vec<_>>())),
                Wrapped::Many(ix) => ("many", texts(ix)),
            };
            let want: Vec<String> = case["unwrapped"]
                .as_array()
                .map(|a| a.iter().map(|s| s.as_str().unwrap_or("").to_string()).collect())
                .unwrap_or_default();
            if kind != case["wraps"].as_str().unwrap_or("") || unwrapped != want {
                return Err(format!(
                    "errorf wraps {kind} {unwrapped:?}, Go wraps {} {want:?}",
                    case["wraps"]
                ));
            }
            (msg, String::new())
        }
        "PanicText" => (panic_text(&args[0], 0), String::new()),
        _ => return lib_calls::check_lib(case),
    };
    let want = go_string(case, "out").unwrap_or_default();
    if got == want {
        Ok(())
    } else {
        Err(format!(
            "got {:?}{extra}\n     want {:?}",
            String::from_utf8_lossy(&got),
            String::from_utf8_lossy(&want)
        ))
    }
}

/// Runs every recorded case whose function is in `area`; fails listing each mismatch.
fn check_area(area: &[&str], at_least: usize) {
    let mut failures = vec![];
    let mut count = 0;
    for line in RECORDING.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("recording lines are JSON");
        let fn_name = case["fn"].as_str().unwrap_or("");
        if !area.iter().any(|a| fn_name == *a || a.ends_with('.') && fn_name.starts_with(a)) {
            continue;
        }
        count += 1;
        if let Err(e) = check(&case) {
            let input = case.get("format").or(case.get("in")).cloned().unwrap_or(Value::Null);
            failures.push(format!("{fn_name} {input}: {e}"));
        }
    }
    assert!(count >= at_least, "the recording holds only {count} cases of {area:?}");
    let shown: Vec<&str> = failures.iter().take(60).map(String::as_str).collect();
    assert!(failures.is_empty(), "{} of {count} cases differ from Go:\n{}", failures.len(), shown.join("\n"));
}

const STRCONV: &[&str] = &[
    "Quote",
    "QuoteToASCII",
    "CanBackquote",
    "QuoteRune",
    "QuoteRuneToASCII",
    "Itoa",
    "FormatInt",
    "FormatUint",
    "Atoi",
    "ParseInt",
    "ParseUint",
    "ParseBool",
    "ParseFloat",
    "FormatFloat",
    "Unquote",
];
const STRINGS: &[&str] = &[
    "Split",
    "SplitAfter",
    "SplitN",
    "SplitAfterN",
    "Count",
    "Index",
    "LastIndex",
    "Contains",
    "ContainsAny",
    "IndexAny",
    "HasPrefix",
    "HasSuffix",
    "Fields",
    "TrimSpace",
    "Repeat",
    "Replace",
    "ReplaceAll",
    "TrimLeft",
    "TrimRight",
    "Trim",
    "TrimPrefix",
    "TrimSuffix",
    "IndexRune",
    "ContainsRune",
    "IndexByte",
    "EqualFold",
    "ToUpper",
    "ToLower",
    "Join",
    "CaseTable",
    "FoldOrbits",
    "Cut",
    "CutPrefix",
    "CutSuffix",
];

#[test]
fn sprintf_prints_every_verb_flag_and_error_form_as_go() {
    check_area(&["sprintf"], 2500);
}

#[test]
fn sprint_and_sprintln_space_operands_as_go() {
    check_area(&["sprint", "sprintln"], 200);
}

#[test]
fn errorf_formats_and_wraps_as_go() {
    check_area(&["errorf"], 15);
}

#[test]
fn strconv_quotes_formats_and_parses_as_go() {
    check_area(STRCONV, 2900);
}

#[test]
fn time_prints_durations_and_layouts_as_go() {
    check_area(&["Duration.", "Time.", "Month.", "Weekday.", "Layouts", "ParseDuration"], 3300);
}

#[test]
fn strings_split_trim_replace_and_fold_as_go() {
    check_area(STRINGS, 300);
}

#[test]
fn panic_values_print_as_the_runtime_prints_them() {
    check_area(&["PanicText"], 30);
}

#[test]
fn type_names_are_spelled_as_reflection_spells_them() {
    check_area(&["TypeString"], 30);
}

#[test]
fn every_recorded_case_belongs_to_a_checked_area() {
    let known =
        ["sprintf", "sprint", "sprintln", "errorf", "Layouts", "ParseDuration", "TypeString", "PanicText"];
    let prefixes = ["Duration.", "Time.", "Month.", "Weekday."];
    for line in RECORDING.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("recording lines are JSON");
        let f = case["fn"].as_str().unwrap_or("");
        let covered = known.contains(&f)
            || prefixes.iter().any(|p| f.starts_with(p))
            || STRCONV.contains(&f)
            || STRINGS.contains(&f);
        assert!(covered, "recorded function {f} is checked by no test");
    }
}

/// The first recorded `Sprintf(format, ...)` operand of type `ty` that `also` accepts.
fn recorded_where(format: &str, ty: &str, also: impl Fn(&Value) -> bool) -> FVal {
    RECORDING
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|c| c["fn"] == "sprintf" && c["format"] == format)
        .flat_map(|c| c["args"].as_array().cloned().unwrap_or_default())
        .find(|a| a["t"] == ty && also(a))
        .map(|a| fval(&a))
        .unwrap_or_else(|| panic!("no recorded {format} operand of type {ty}"))
}

/// The first recorded `Sprintf(format, ...)` operand of type `ty`.
fn recorded_operand(format: &str, ty: &str) -> FVal {
    recorded_where(format, ty, |_| true)
}

fn addr_of(v: &FVal) -> u64 {
    match v.kind {
        Kind::Slice { addr, .. } | Kind::Map { addr, .. } | Kind::Pointer { addr, .. } => addr,
        _ => 0,
    }
}

#[test]
fn constructors_build_the_trees_go_describes() {
    let s = |t: &str| Call::returned(t);
    let go = recorded_operand("%v", "main.T");
    assert_eq!(FVal::strukt("main.T", vec![("A", FVal::int(1)), ("B", FVal::string("x"))]), go);
    let go = recorded_operand("%s", "main.Bytes");
    assert_eq!(FVal::byte_slice("main.Bytes", Some(b"named")).at(addr_of(&go)), go);
    let go = recorded_operand("%s", "[]uint8");
    assert_eq!(FVal::bytes(b"hi").at(addr_of(&go)), go);
    let go = recorded_operand("%v", "main.Celsius");
    assert_eq!(FVal::float64(21.5).named("main.Celsius").with_string(s("21.5°C")), go);
    let go = recorded_operand("%v", "time.Duration");
    assert_eq!(FVal::int_of("time.Duration", 90_000_000_000).with_string(s("1m30s")), go);
    // errors.New: a pointer to an unexported struct, with the Error method on the pointer.
    let go = recorded_operand("%10v|%-10s|%.2v", "*errors.errorString");
    let target = FVal::strukt("errors.errorString", vec![("s", FVal::string("boom"))]);
    assert_eq!(FVal::pointer("*errors.errorString", addr_of(&go), Some(target)).with_error(s("boom")), go);
    // context.DeadlineExceeded: an empty struct value whose Error method is on the value.
    let go = recorded_operand("%v", "context.deadlineExceededError");
    assert_eq!(
        FVal::strukt("context.deadlineExceededError", vec![]).with_error(s("context deadline exceeded")),
        go
    );
    let go = recorded_where("%v", "map[string]int", |a| a["entries"].is_null());
    assert_eq!(FVal::map("map[string]int", None).at(addr_of(&go)), go);
    let go = recorded_where("%v", "[]*main.T", |_| true);
    assert_eq!(FVal::slice("[]*main.T", Some(vec![FVal::pointer("*main.T", 0, None)])).at(addr_of(&go)), go);
    assert_eq!(FVal::nil(), recorded_where("%v %T", "", |a| a["k"] == "nil"));
}
