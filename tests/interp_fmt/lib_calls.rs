//! Library calls of the recording (strconv, time, strings), dispatched by Go name.

use context_lab::interp::fmt::strconv::{self, NumError};
use context_lab::interp::fmt::time::{self as gotime, Time};
use context_lab::interp::fmt::{
    can_backquote, format_float, quote, quote_rune, quote_rune_to_ascii, quote_to_ascii, strings, unquote,
};
use context_lab::interp::fmt::{ChanDir, GoType, StructField};
use serde_json::{json, Value};
use std::rc::Rc;

/// What a call gave: its result as JSON, and the Go error text or panic message, if any.
struct Outcome {
    out: Value,
    err: Option<String>,
    panic: Option<String>,
}

fn ok(out: Value) -> Outcome {
    Outcome { out, err: None, panic: None }
}

fn with_err<T: Into<Value>>((v, e): (T, Option<NumError>)) -> Outcome {
    Outcome { out: v.into(), err: e.map(|e| e.to_string()), panic: None }
}

/// A Go string result: text when UTF-8, else `{"hex": ...}`, as the recorder writes it.
fn go_str(b: &[u8]) -> Value {
    match std::str::from_utf8(b) {
        Ok(s) => json!(s),
        Err(_) => json!({ "hex": b.iter().map(|c| format!("{c:02x}")).collect::<String>() }),
    }
}

fn bits(f: f64) -> Value {
    json!(format!("{:016x}", f.to_bits()))
}

fn arg_bytes(v: &Value) -> Vec<u8> {
    if let Some(s) = v.as_str() {
        return s.as_bytes().to_vec();
    }
    let h = v["hex"].as_str().unwrap_or("");
    (0..h.len()).step_by(2).filter_map(|i| u8::from_str_radix(&h[i..i + 2], 16).ok()).collect()
}

fn run(fn_name: &str, a: &[Value]) -> Option<Outcome> {
    let s = |i: usize| a[i].as_str().unwrap_or("").to_string();
    let b = |i: usize| arg_bytes(&a[i]);
    let n = |i: usize| a[i].as_i64().unwrap_or(0);
    let f = |i: usize| f64::from_bits(u64::from_str_radix(a[i].as_str().unwrap_or("0"), 16).unwrap_or(0));
    let time = || {
        let t = Time::utc(n(0), n(1));
        if s(2) == "UTC" && n(3) == 0 {
            t
        } else {
            t.in_zone(&s(2), n(3) as i32)
        }
    };
    Some(match fn_name {
        "Quote" => ok(go_str(&quote(&b(0)))),
        "QuoteToASCII" => ok(go_str(&quote_to_ascii(&b(0)))),
        "CanBackquote" => ok(json!(can_backquote(&b(0)))),
        "QuoteRune" => ok(go_str(&quote_rune(n(0)))),
        "QuoteRuneToASCII" => ok(go_str(&quote_rune_to_ascii(n(0)))),
        "Unquote" => match unquote(&b(0)) {
            Ok(v) => ok(go_str(&v)),
            Err(e) => Outcome { out: json!(""), err: Some(e.to_string()), panic: None },
        },
        "Itoa" => ok(json!(strconv::itoa(n(0)))),
        "FormatInt" => match strconv::format_int(n(0), n(1) as u32) {
            Some(text) => ok(json!(text)),
            None => Outcome { out: Value::Null, err: None, panic: Some(strconv::ILLEGAL_BASE.to_string()) },
        },
        "FormatUint" => ok(json!(strconv::format_uint(a[0].as_u64().unwrap_or(0), n(1) as u32))),
        "Atoi" => with_err(strconv::atoi(&b(0))),
        "ParseInt" => with_err(strconv::parse_int(&b(0), n(1), n(2))),
        "ParseUint" => with_err(strconv::parse_uint(&b(0), n(1), n(2))),
        "ParseBool" => with_err(strconv::parse_bool(&b(0))),
        "ParseFloat" => {
            let (v, e) = strconv::parse_float(&b(0), n(1));
            with_err((bits(v), e))
        }
        "FormatFloat" => ok(json!(format_float(f(0), s(1).as_bytes()[0], n(2) as i32, n(3) as u32))),
        "Duration.String" => ok(json!(gotime::duration_string(n(0)))),
        "Duration.Hours" => ok(bits(gotime::hours(n(0)))),
        "Duration.Minutes" => ok(bits(gotime::minutes(n(0)))),
        "Duration.Seconds" => ok(bits(gotime::seconds(n(0)))),
        "Duration.Milliseconds" => ok(json!(gotime::milliseconds(n(0)))),
        "Duration.Microseconds" => ok(json!(gotime::microseconds(n(0)))),
        "Duration.Abs" => ok(json!(gotime::abs(n(0)))),
        "Duration.Round" => ok(json!(gotime::round(n(0), n(1)))),
        "Duration.Truncate" => ok(json!(gotime::truncate(n(0), n(1)))),
        "Layouts" => ok(json!([
            gotime::LAYOUT,
            gotime::ANSIC,
            gotime::UNIX_DATE,
            gotime::RUBY_DATE,
            gotime::RFC822,
            gotime::RFC822Z,
            gotime::RFC850,
            gotime::RFC1123,
            gotime::RFC1123Z,
            gotime::RFC3339,
            gotime::RFC3339_NANO,
            gotime::KITCHEN,
            gotime::STAMP,
            gotime::STAMP_MILLI,
            gotime::STAMP_MICRO,
            gotime::STAMP_NANO,
            gotime::DATE_TIME,
            gotime::DATE_ONLY,
            gotime::TIME_ONLY
        ])),
        "ParseDuration" => match gotime::parse_duration(&b(0)) {
            Ok(d) => ok(json!(d)),
            Err(e) => Outcome { out: json!(0), err: Some(e), panic: None },
        },
        "Time.UnixMilli" => ok(json!(Time::utc(n(0), n(1)).unix_milli())),
        "Month.String" => ok(json!(gotime::month_string(n(0)))),
        "Weekday.String" => ok(json!(gotime::weekday_string(n(0)))),
        "Time.String" => ok(json!(time().string())),
        "Time.Format" => ok(json!(time().format(&s(4)))),
        "Time.Fields" => {
            let t = time();
            let ((y, mo, d), (h, mi, se)) = (t.date(), t.clock());
            ok(json!(format!(
                "{y} {mo} {d} {h} {mi} {se} {} {} {}",
                t.weekday(),
                t.year_day(),
                t.unix_nano()
            )))
        }
        "Time.Add" => ok(json!(Time::utc(n(0), n(1)).add(n(2)).string())),
        "Time.Sub" if a[2].is_string() => ok(json!(Time::utc(253402300799, 0).sub(&Time::utc(n(0), n(1))))),
        "Time.Sub" => {
            let t = Time::utc(n(0), n(1));
            ok(json!(t.add(n(2)).sub(&t)))
        }
        "Split" => ok(json!(strings::split(&s(0), &s(1)))),
        "SplitAfter" => ok(json!(strings::split_after(&s(0), &s(1)))),
        "SplitN" => ok(json!(strings::split_n(&s(0), &s(1), n(2)))),
        "SplitAfterN" => ok(json!(strings::split_after_n(&s(0), &s(1), n(2)))),
        "Count" => ok(json!(strings::count(&s(0), &s(1)))),
        "Index" => ok(json!(strings::index(&s(0), &s(1)))),
        "LastIndex" => ok(json!(strings::last_index(&s(0), &s(1)))),
        "Contains" => ok(json!(strings::contains(&s(0), &s(1)))),
        "ContainsAny" => ok(json!(strings::contains_any(&s(0), &s(1)))),
        "IndexAny" => ok(json!(strings::index_any(&s(0), &s(1)))),
        "HasPrefix" => ok(json!(strings::has_prefix(&s(0), &s(1)))),
        "HasSuffix" => ok(json!(strings::has_suffix(&s(0), &s(1)))),
        "Fields" => ok(json!(strings::fields(&s(0)))),
        "TrimSpace" => ok(json!(strings::trim_space(&s(0)))),
        "Repeat" => match strings::repeat(&s(0), n(1)) {
            Ok(r) => ok(json!(r)),
            Err(p) => Outcome { out: Value::Null, err: None, panic: Some(p.to_string()) },
        },
        "Replace" => ok(json!(strings::replace(&s(0), &s(1), &s(2), n(3)))),
        "ReplaceAll" => ok(json!(strings::replace_all(&s(0), &s(1), &s(2)))),
        "TrimLeft" => ok(json!(strings::trim_left(&s(0), &s(1)))),
        "TrimRight" => ok(json!(strings::trim_right(&s(0), &s(1)))),
        "Trim" => ok(json!(strings::trim(&s(0), &s(1)))),
        "TrimPrefix" => ok(json!(strings::trim_prefix(&s(0), &s(1)))),
        "TrimSuffix" => ok(json!(strings::trim_suffix(&s(0), &s(1)))),
        "IndexRune" => ok(json!(strings::index_rune(&s(0), n(1)))),
        "ContainsRune" => ok(json!(strings::contains_rune(&s(0), n(1)))),
        "IndexByte" => ok(json!(strings::index_byte(&s(0), n(1) as u8))),
        "EqualFold" => ok(json!(strings::equal_fold(&s(0), &s(1)))),
        "ToUpper" => ok(json!(strings::to_upper(&s(0)))),
        "ToLower" => ok(json!(strings::to_lower(&s(0)))),
        "Cut" => {
            let (text, sep) = (s(0), s(1));
            let (before, after, found) = strings::cut(&text, &sep);
            ok(json!([before, after, found]))
        }
        "CutPrefix" => ok(json!(strings::cut_prefix(&s(0), &s(1)))),
        "CutSuffix" => ok(json!(strings::cut_suffix(&s(0), &s(1)))),
        "Join" => {
            let elems: Vec<String> = a[0]
                .as_array()
                .map(|v| v.iter().map(|e| e.as_str().unwrap_or("").to_string()).collect())
                .unwrap_or_default();
            ok(json!(strings::join(&elems, &s(1))))
        }
        _ => return None,
    })
}

/// Compares Go's simple case table with `strings::to_upper`/`to_lower` rune by rune.
fn check_case_table(table: &Value) -> Result<(), String> {
    let rows = table.as_array().ok_or("no table")?;
    let mut bad = vec![];
    let mut changed = std::collections::HashSet::new();
    for row in rows {
        let r = |i: usize| row[i].as_u64().and_then(|c| char::from_u32(c as u32)).unwrap_or('\0');
        changed.insert(r(0));
        let (up, low) = (strings::to_upper(&r(0).to_string()), strings::to_lower(&r(0).to_string()));
        if up != r(1).to_string() || low != r(2).to_string() {
            bad.push(format!("U+{:04X}: got {up}/{low}, want {}/{}", r(0) as u32, r(1), r(2)));
        }
    }
    // Every other rune must map to itself: checked on one long string, rune by rune on failure.
    let unchanged: String =
        (0..=0x10ffffu32).filter_map(char::from_u32).filter(|c| !changed.contains(c)).collect();
    if strings::to_upper(&unchanged) != unchanged || strings::to_lower(&unchanged) != unchanged {
        for c in unchanged.chars() {
            let s = c.to_string();
            if strings::to_upper(&s) != s || strings::to_lower(&s) != s {
                bad.push(format!("U+{:04X}: Go leaves it unchanged", c as u32));
            }
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} runes differ: {}",
            bad.len(),
            bad.iter().take(20).cloned().collect::<Vec<_>>().join("; ")
        ))
    }
}

/// Checks that `strings::fold_class` partitions all runes exactly into Go's folding orbits.
fn check_fold_orbits(orbits: &Value) -> Result<(), String> {
    let mut orbit_of = std::collections::HashMap::new();
    for (i, orbit) in orbits.as_array().ok_or("no orbits")?.iter().enumerate() {
        for r in orbit.as_array().ok_or("bad orbit")? {
            orbit_of.insert(r.as_u64().and_then(|c| char::from_u32(c as u32)).ok_or("bad rune")?, i);
        }
    }
    // Classes with more than one member: every rune that maps elsewhere, or that Go folds, plus
    // the representatives they map to. A rune in neither is a class of one, as in Go.
    let mut classes: std::collections::HashMap<char, Vec<char>> = std::collections::HashMap::new();
    for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
        let class = strings::fold_class(c);
        if class != c || orbit_of.contains_key(&c) {
            classes.entry(class).or_default().push(c);
        }
    }
    for (class, members) in classes.iter_mut() {
        if !members.contains(class) && strings::fold_class(*class) == *class {
            members.push(*class);
        }
    }
    let mut bad = vec![];
    for members in classes.values() {
        let ids: std::collections::HashSet<Option<&usize>> =
            members.iter().map(|c| orbit_of.get(c)).collect();
        let go_size = members
            .first()
            .and_then(|c| orbit_of.get(c))
            .map_or(1, |&i| orbits[i].as_array().map_or(0, Vec::len));
        if ids.len() != 1 || members.len() != go_size {
            bad.push(format!("{members:?}"));
        }
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} fold classes differ from Go's orbits: {}",
            bad.len(),
            bad.iter().take(20).cloned().collect::<Vec<_>>().join("; ")
        ))
    }
}

/// The type structure the recorder wrote.
fn go_type(o: &Value) -> GoType {
    let b = |v: &Value| Box::new(go_type(v));
    let list = |v: &Value| v.as_array().map(|a| a.iter().map(go_type).collect()).unwrap_or_default();
    let text = |v: &Value| Rc::<str>::from(v.as_str().unwrap_or(""));
    if let Some(n) = o["named"].as_str() {
        return GoType::named(n);
    }
    if !o["ptr"].is_null() {
        return GoType::Pointer(b(&o["ptr"]));
    }
    if !o["slice"].is_null() {
        return GoType::Slice(b(&o["slice"]));
    }
    if !o["array"].is_null() {
        return GoType::Array(o["len"].as_u64().unwrap_or(0), b(&o["array"]));
    }
    if !o["map"].is_null() {
        return GoType::Map(b(&o["map"][0]), b(&o["map"][1]));
    }
    if !o["chan"].is_null() {
        let dir = match o["dir"].as_str() {
            Some("<-chan") => ChanDir::Recv,
            Some("chan<-") => ChanDir::Send,
            _ => ChanDir::Both,
        };
        return GoType::Chan(dir, b(&o["chan"]));
    }
    if !o["func"].is_null() {
        let variadic = o["variadic"].as_bool().unwrap_or(false);
        return GoType::Func { params: list(&o["func"]), results: list(&o["results"]), variadic };
    }
    if let Some(fields) = o["struct"].as_array() {
        return GoType::Struct(
            fields
                .iter()
                .map(|f| StructField {
                    name: f.get("name").map(text),
                    ty: go_type(&f["type"]),
                    tag: Some(text(&f["tag"])).filter(|t| !t.is_empty()),
                })
                .collect(),
        );
    }
    let methods = o["interface"].as_array().cloned().unwrap_or_default();
    GoType::Interface(methods.iter().map(|m| (text(&m["name"]), go_type(&m["sig"]))).collect())
}

/// Runs one recorded library call; `Err` describes a mismatch.
pub fn check_lib(case: &Value) -> Result<(), String> {
    let fn_name = case["fn"].as_str().unwrap_or("");
    if fn_name == "TypeString" {
        let got = go_type(&case["in"][0]).to_string();
        return if case["out"] == got.as_str() {
            Ok(())
        } else {
            Err(format!("got {got:?}, want {}", case["out"]))
        };
    }
    if fn_name == "CaseTable" {
        return check_case_table(&case["out"]);
    }
    if fn_name == "FoldOrbits" {
        return check_fold_orbits(&case["out"]);
    }
    let args = case["in"].as_array().cloned().unwrap_or_default();
    let got = run(fn_name, &args).ok_or_else(|| format!("no Rust counterpart for {fn_name}"))?;
    let want_err = case["err"].as_str().map(str::to_string);
    let want_panic = case["panic"].as_str().map(str::to_string);
    if want_panic.is_some() || got.panic.is_some() {
        return if got.panic == want_panic {
            Ok(())
        } else {
            Err(format!("panic {:?}, Go panics {:?}", got.panic, want_panic))
        };
    }
    if got.out != case["out"] || got.err != want_err {
        return Err(format!(
            "got {} err {:?}\n     want {} err {:?}",
            got.out, got.err, case["out"], want_err
        ));
    }
    Ok(())
}
