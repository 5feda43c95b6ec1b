//! Small text helpers: byte/code-point offsets, name normalisation, word boundaries.

/// Maps byte offsets of one text to code-point offsets.
pub(crate) struct CharIndex {
    starts: Vec<usize>,
}

impl CharIndex {
    pub(crate) fn new(text: &str) -> Self {
        CharIndex { starts: text.char_indices().map(|(i, _)| i).collect() }
    }

    /// Code-point offset of a byte offset on a char boundary (or the text end).
    pub(crate) fn char_of(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

/// Lower-case, straight apostrophes, ASCII hyphens, single spaces: the form names are compared in.
pub(crate) fn normalize_name(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' => '\'',
            '–' | '—' | '‑' | '‐' => '-',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A regex fragment matching a registry name flexibly (apostrophes, dashes, spaces).
pub(crate) fn name_pattern(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        match c {
            '\'' | '’' => out.push_str("['’]"),
            '-' | '–' | '—' => out.push_str("[-–—‑]"),
            ' ' => out.push_str(r"\s+"),
            c => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out
}

/// True when the chars around `start..end` (bytes) are not letters or digits.
pub(crate) fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    (!word(first) || !word(before)) && (!word(last) || !word(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_maps_multibyte() {
        let t = "é§ 1";
        let ix = CharIndex::new(t);
        assert_eq!(ix.char_of(0), 0);
        assert_eq!(ix.char_of(2), 1);
        assert_eq!(ix.char_of(t.len()), 4);
    }

    #[test]
    fn names_normalise() {
        assert_eq!(normalize_name("Snoopers’  Charter"), "snoopers' charter");
        assert!(at_word_boundary("the IPA.", 4, 7));
        assert!(!at_word_boundary("RIPAx", 1, 4));
    }
}
