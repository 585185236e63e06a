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

#[cfg(test)]
mod tests {
    #[test]
    fn one_and_many() {
        assert_eq!(super::count(1, "row", "rows"), "1 row");
        assert_eq!(super::count(0, "row", "rows"), "0 rows");
        assert_eq!(super::count(53u64, "entry", "entries"), "53 entries");
    }
}
