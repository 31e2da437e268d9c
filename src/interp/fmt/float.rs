//! `strconv.FormatFloat`: Go's float text in the formats `e E f g G b x X`.
//!
//! Decimal digits come from Rust's float formatting, which gives the shortest digits that
//! round-trip (`{:e}`) and the correctly rounded digits for a fixed count (`{:.N}`, `{:.Ne}`, ties
//! to even on the exact binary value), both exactly as Go's converter does. What differs is the
//! layout, so the layout is Go's: exponents of at least two digits with a sign (`1e+06`), `%g`
//! switching to `%e` at Go's thresholds, `+Inf`, `NaN`, `-0`.

/// Digits of a decimal number `0.d1d2d3... × 10^dp`, without trailing zeros (`nd` = `digits.len()`).
struct Decimal {
    digits: Vec<u8>,
    dp: i32,
}

/// Parses Rust's `{:e}` output (`d.ddde-5`) into digits and a decimal point position.
fn from_exp_form(s: &str) -> Decimal {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    trimmed(digits, exp + 1)
}

/// Parses Rust's `{:.N}` output (`123.4500`) into digits and a decimal point position.
fn from_fixed_form(s: &str) -> Decimal {
    let int_len = s.find('.').unwrap_or(s.len()) as i32;
    let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    trimmed(digits, int_len)
}

fn trimmed(mut digits: Vec<u8>, mut dp: i32) -> Decimal {
    let lead = digits.iter().take_while(|&&c| c == b'0').count();
    digits.drain(..lead);
    dp -= lead as i32;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        dp = 0;
    }
    Decimal { digits, dp }
}

/// `strconv.FormatFloat(v, fmt, prec, bit_size)`; `bit_size` 32 formats `v` as a float32.
/// An unknown `fmt` gives `%` followed by it, as Go does.
pub fn format_float(v: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let is32 = bit_size == 32;
    let (neg, mant, exp, mant_bits) = if is32 {
        let b = (v as f32).to_bits();
        (b >> 31 != 0, (b & 0x7f_ffff) as u64, ((b >> 23) & 0xff) as i32, 23)
    } else {
        let b = v.to_bits();
        (b >> 63 != 0, b & ((1 << 52) - 1), ((b >> 52) & 0x7ff) as i32, 52)
    };
    let exp_max = if is32 { 0xff } else { 0x7ff };
    if exp == exp_max {
        return if mant != 0 {
            "NaN"
        } else if neg {
            "-Inf"
        } else {
            "+Inf"
        }
        .to_string();
    }
    let bias = if is32 { -127 } else { -1023 };
    let (mant, exp) = if exp == 0 { (mant, 1 + bias) } else { (mant | 1 << mant_bits, exp + bias) };
    match fmt {
        b'b' => return fmt_b(neg, mant, exp - mant_bits),
        b'x' | b'X' => return fmt_x(prec, fmt, neg, mant, exp, mant_bits),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => return format!("%{}", fmt as char),
    }
    let abs = v.abs();
    let render = |spec: &dyn Fn(f64, f32) -> String| spec(abs, abs as f32);
    if mant == 0 {
        return fmt_efg(neg, &Decimal { digits: vec![], dp: 0 }, prec, fmt, prec < 0);
    }
    if prec < 0 {
        let d = shortest(abs, is32);
        let nd = d.digits.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - d.dp).max(0),
            _ => nd,
        };
        return fmt_efg(neg, &d, prec, fmt, true);
    }
    let (d, prec) = match fmt {
        b'f' => {
            let p = prec as usize;
            let s = render(&|a, a32| if is32 { format!("{a32:.p$}") } else { format!("{a:.p$}") });
            (from_fixed_form(&s), prec)
        }
        b'e' | b'E' => {
            let p = prec as usize;
            let s = render(&|a, a32| if is32 { format!("{a32:.p$e}") } else { format!("{a:.p$e}") });
            (from_exp_form(&s), prec)
        }
        _ => {
            let prec = prec.max(1);
            let p = (prec - 1) as usize;
            let s = render(&|a, a32| if is32 { format!("{a32:.p$e}") } else { format!("{a:.p$e}") });
            (from_exp_form(&s), prec)
        }
    };
    fmt_efg(neg, &d, prec, fmt, false)
}

/// The shortest digits that read back as `abs` (a float32 when `is32`). When two candidates of
/// that length are equally close, Go takes the even one where Rust takes the larger one: an
/// exact midpoint is checked for and settled Go's way.
fn shortest(abs: f64, is32: bool) -> Decimal {
    let mut d = from_exp_form(&if is32 { format!("{:e}", abs as f32) } else { format!("{abs:e}") });
    let Some(&last) = d.digits.last() else { return d };
    if (last - b'0').is_multiple_of(2) {
        return d;
    }
    let n = d.digits.len();
    // A midpoint has exactly n+1 significant digits. A value with k binary fraction digits has
    // k decimal ones, the last a 5, so dp + k significant digits: count them first.
    let (mant, exp2) = if is32 {
        let b = (abs as f32).to_bits();
        let e = ((b >> 23) & 0xff) as i32;
        let m = (b & 0x7f_ffff) as u64;
        if e == 0 {
            (m, -149)
        } else {
            (m | 1 << 23, e - 150)
        }
    } else {
        let b = abs.to_bits();
        let e = ((b >> 52) & 0x7ff) as i32;
        let m = b & ((1 << 52) - 1);
        if e == 0 {
            (m, -1074)
        } else {
            (m | 1 << 52, e - 1075)
        }
    };
    let fraction_digits = -(exp2 + mant.trailing_zeros() as i32);
    if fraction_digits > 0 && d.dp + fraction_digits != n as i32 + 1 {
        return d;
    }
    let mut lower = d.digits.clone();
    lower[n - 1] -= 1;
    let mut midpoint = lower.clone();
    midpoint.push(b'5');
    // Then one more digit, then the exact expansion (at most 767 digits).
    let one_more = from_exp_form(&if is32 { format!("{:.n$e}", abs as f32) } else { format!("{abs:.n$e}") });
    if one_more.digits != midpoint {
        return d;
    }
    let exact = from_exp_form(&if is32 { format!("{:.120e}", abs as f32) } else { format!("{abs:.780e}") });
    if exact.digits != midpoint || exact.dp != d.dp {
        return d;
    }
    let text = format!("0.{}e{}", String::from_utf8_lossy(&lower), d.dp);
    let reads_back = if is32 {
        text.parse::<f32>().is_ok_and(|x| x == abs as f32)
    } else {
        text.parse::<f64>().is_ok_and(|x| x == abs)
    };
    if reads_back {
        d = trimmed(lower, d.dp);
    }
    d
}

/// Lays out digits as `%e`, `%f` or `%g` (which picks one of the other two).
fn fmt_efg(neg: bool, d: &Decimal, mut prec: i32, mut fmt: u8, shortest: bool) -> String {
    let nd = d.digits.len() as i32;
    let dp = d.dp;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let digit = |i: i32| d.digits.get(i as usize).map_or('0', |&c| c as char);
    if fmt == b'f' {
        if dp > 0 {
            (0..dp).for_each(|i| out.push(digit(i)));
        } else {
            out.push('0');
        }
        if prec > 0 {
            out.push('.');
            (dp..dp + prec).for_each(|i| out.push(if i < 0 { '0' } else { digit(i) }));
        }
        return out;
    }
    out.push(digit(0));
    if prec > 0 {
        out.push('.');
        (1..=prec).for_each(|i| out.push(digit(i)));
    }
    out.push(fmt as char);
    let exp = if nd == 0 { 0 } else { dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
    out
}

/// `%b`: the mantissa and binary exponent, `4503599627370496p-52`.
fn fmt_b(neg: bool, mant: u64, exp: i32) -> String {
    format!("{}{}p{}{}", if neg { "-" } else { "" }, mant, if exp >= 0 { "+" } else { "" }, exp)
}

/// `%x`: a hexadecimal mantissa with a binary exponent, `0x1.8p+01`.
fn fmt_x(prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mant_bits: i32) -> String {
    if mant == 0 {
        exp = 0;
    }
    // Normalise so the leading 1 sits at bit 60.
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8] = if fmt == b'X' { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push('0');
    out.push(fmt as char);
    out.push((b'0' + ((mant >> 60) & 1) as u8) as char);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push('.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push('.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize] as char);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { 'P' } else { 'p' });
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
    out
}
