//! Words for messages, shared by every layer (it holds no I/O and knows no type of idctl's).

/// `1 row`, `53 rows`: a count and its noun, in the right number (never "53 row(s)").
pub fn count(n: impl Into<i128>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A span of seconds in the largest unit that fits: `45s`, `12m`, `3h`, `5d`, `7w` (kubectl's AGE
/// column); a negative span (clock skew) reads `0s`.
pub fn span(seconds: i64) -> String {
    let s = seconds.max(0);
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m", s / 60),
        3600..172_800 => format!("{}h", s / 3600),
        172_800..1_209_600 => format!("{}d", s / 86_400),
        _ => format!("{}w", s / 604_800),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_and_many() {
        assert_eq!(super::count(1, "row", "rows"), "1 row");
        assert_eq!(super::count(0, "row", "rows"), "0 rows");
        assert_eq!(super::count(53u64, "entry", "entries"), "53 entries");
    }
}
