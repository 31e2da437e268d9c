//! Go's formatting never panics, whatever the program passes: random format strings, operands,
//! layouts and numbers (a seeded generator, so a failure reproduces) must all give text.

use context_lab::interp::fmt::time::{duration_string, parse_duration, round, Time};
use context_lab::interp::fmt::{
    errorf, sprint, sprintf_bytes, sprintln, strconv, strings, unquote, Call, FVal,
};

/// xorshift64*: small, seeded, good enough to spread inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
    /// Bytes drawn mostly from `alphabet`, sometimes anything (invalid UTF-8 included).
    fn bytes(&mut self, alphabet: &[u8], max: u64) -> Vec<u8> {
        let len = self.below(max + 1);
        (0..len)
            .map(|_| {
                if self.below(8) == 0 {
                    self.next() as u8
                } else {
                    alphabet[self.below(alphabet.len() as u64) as usize]
                }
            })
            .collect()
    }
}

fn operand(r: &mut Rng, depth: u32) -> FVal {
    let leaf = depth > 2 || r.below(3) > 0;
    match r.below(if leaf { 9 } else { 14 }) {
        0 => FVal::nil(),
        1 => FVal::bool(r.below(2) == 0),
        2 => FVal::int(r.next() as i64 >> r.below(64)),
        3 => FVal::uint_of("uint8", r.below(256)),
        4 => FVal::float64(f64::from_bits(r.next())),
        5 => FVal::float32(f32::from_bits(r.next() as u32)),
        6 => FVal::string(r.bytes(b"ab\xc3\xa9%\n", 6)),
        7 => FVal::bytes(&r.bytes(b"xy\x00", 4)),
        8 => FVal::pointer("*int", r.below(3) * 0xc000_0100, None),
        9 => FVal::slice("[]interface {}", Some((0..r.below(3)).map(|_| operand(r, depth + 1)).collect())),
        10 => FVal::map(
            "map[interface {}]interface {}",
            Some((0..r.below(3)).map(|_| (operand(r, depth + 1), operand(r, depth + 1))).collect()),
        ),
        11 => FVal::strukt("main.T", vec![("A", operand(r, depth + 1)), ("b", operand(r, depth + 1))]),
        12 => FVal::pointer(
            "*main.T",
            0xc000_0200,
            Some(FVal::strukt("main.T", vec![("A", operand(r, depth + 1))])),
        ),
        _ => operand(r, depth + 1).with_string(if r.below(2) == 0 {
            Call::returned("str")
        } else {
            Call::Panicked(Box::new(operand(r, depth + 1)))
        }),
    }
}

#[test]
fn random_formats_and_operands_always_print() {
    let mut r = Rng(0x5eed_f00d);
    let mut total = 0usize;
    for _ in 0..20_000 {
        let format = r.bytes(b"%%%-+# 0123456789.*[]vdsqxXcUeEfgGtTpbow!\xe4", 12);
        let args: Vec<FVal> = (0..r.below(4)).map(|_| operand(&mut r, 0)).collect();
        total += sprintf_bytes(&format, &args).len();
        total += errorf(&format, &args).0.len();
        total += sprint(&args).len() + sprintln(&args).len();
    }
    assert!(total > 0);
}

#[test]
fn extreme_instants_and_durations_format() {
    let extremes = [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX];
    for &a in &extremes {
        for &b in &extremes {
            let t = Time::utc(a, b).in_zone("", (b % 100_000) as i32);
            let u = t.add(a);
            assert!(!t.format("2006-01-02T15:04:05.999999999Z07:00 Mon Jan __2 002 3PM MST").is_empty());
            let _ = (
                u.sub(&t),
                u.string(),
                t.year_day(),
                t.weekday(),
                t.clock(),
                duration_string(a),
                round(a, b),
            );
        }
    }
}

#[test]
fn random_numbers_layouts_and_strings_never_panic() {
    let mut r = Rng(0xdead_beef);
    for _ in 0..20_000 {
        let s = r.bytes(b"0123456789abcdefxXpPeE_+-.infINFnaN ", 10);
        let base = r.below(40) as i64 - 2;
        let bits = r.below(70) as i64 - 2;
        let _ = (strconv::parse_int(&s, base, bits), strconv::parse_uint(&s, base, bits), strconv::atoi(&s));
        let _ = (strconv::parse_float(&s, 32), strconv::parse_float(&s, 64), strconv::parse_bool(&s));
        let _ = strconv::format_int(r.next() as i64, r.below(40) as u32);
        let _ = unquote(&r.bytes(b"\"'`\\xuU0178abn\n\r", 10));
        let _ = parse_duration(&r.bytes(b"0123456789.hms\xc2\xb5un-+", 12));
        let layout =
            String::from_utf8_lossy(&r.bytes(b"20061_5:04.9,0ZJanMonMST-07PMpm__2 ", 14)).into_owned();
        let t = Time::utc((r.next() as i64) >> r.below(64), r.next() as i64).in_zone("Z", r.next() as i32);
        let _ = (t.format(&layout), t.string(), t.add(r.next() as i64).sub(&t), t.year_day());
        let _ = (duration_string(r.next() as i64), round(r.next() as i64, r.next() as i64 >> r.below(64)));
        let text = String::from_utf8_lossy(&r.bytes(b"a,b ", 8)).into_owned();
        let sep = r.pick(&["", ",", " ", "a,", "\u{e9}"]);
        let n = r.below(6) as i64 - 2;
        let _ =
            (strings::split_n(&text, sep, n), strings::replace(&text, sep, "-", n), strings::fields(&text));
        let _ = (strings::repeat(&text, n), strings::trim(&text, sep), strings::equal_fold(&text, sep));
    }
}
