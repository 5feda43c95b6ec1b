//! A small rule-based tokenizer and sentence splitter matching the
//! tokenisation of the training corpora closely enough (punctuation split
//! off, elided articles such as `l'` kept on the word, `'s` split off,
//! abbreviations such as `M.`, `U.S.`, `Dr.` kept whole).

/// A token with its code-point offsets in the input (end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token text.
    pub text: &'a str,
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character.
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "M.", "MM.", "Mme.", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sr.", "Sra.", "Jr.", "Inc.",
    "Ltd.", "Co.", "Corp.", "Gen.", "Sen.", "Rep.", "Gov.", "Nr.", "Dott.", "Ing.", "Avv.", "Sig.",
    "vs.", "etc.", "z.B.", "bzw.", "ca.", "Abs.", "Art.",
];

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '«' | '“' | '„' | '‘' | '¿' | '¡' | '\'' | '‹' | '‚'
    )
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '"'
            | '»'
            | '”'
            | '’'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '\''
            | '›'
            | '…'
    )
}

fn keeps_final_dot(word: &str) -> bool {
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    let body = &word[..word.len() - 1];
    let mut chars = body.chars();
    // single letter initial: "J."
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_alphabetic();
    }
    // dotted acronym: "U.S." "e.V."
    body.contains('.')
        && body
            .split('.')
            .all(|p| p.chars().count() <= 2 && !p.is_empty())
}

/// Splits text into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    // byte offset -> char offset via running count
    let mut chunk_start: Option<(usize, usize)> = None; // (byte, char)
    let mut chunks: Vec<(usize, usize, usize)> = Vec::new(); // (byte start, char start, byte end)
    for (char_pos, (b, c)) in text.char_indices().enumerate() {
        if c.is_whitespace() {
            if let Some((bs, cs)) = chunk_start.take() {
                chunks.push((bs, cs, b));
            }
        } else if chunk_start.is_none() {
            chunk_start = Some((b, char_pos));
        }
    }
    if let Some((bs, cs)) = chunk_start {
        chunks.push((bs, cs, text.len()));
    }
    for (bs, cs, be) in chunks {
        split_chunk(text, bs, cs, be, &mut out);
    }
    out
}

fn split_chunk<'a>(text: &'a str, bs: usize, cs: usize, be: usize, out: &mut Vec<Token<'a>>) {
    let chunk = &text[bs..be];
    let mut lead: Vec<Token<'a>> = Vec::new();
    let mut trail: Vec<Token<'a>> = Vec::new();
    let mut s = 0usize; // byte offset in chunk
    let mut sc = cs; // char offset
    let mut e = chunk.len();
    let mut ec = cs + chunk.chars().count();
    // leading punctuation
    while s < e {
        let Some(c) = chunk[s..e].chars().next() else {
            break;
        };
        if !is_open_punct(c) || s + c.len_utf8() == e {
            break;
        }
        lead.push(Token {
            text: &chunk[s..s + c.len_utf8()],
            start: sc,
            end: sc + 1,
        });
        s += c.len_utf8();
        sc += 1;
    }
    // trailing punctuation
    while e > s {
        let Some(c) = chunk[s..e].chars().next_back() else {
            break;
        };
        if !is_close_punct(c) || e - c.len_utf8() == s {
            break;
        }
        if c == '.' && keeps_final_dot(&chunk[s..e]) {
            break;
        }
        e -= c.len_utf8();
        ec -= 1;
        trail.push(Token {
            text: &chunk[e..e + c.len_utf8()],
            start: ec,
            end: ec + 1,
        });
    }
    out.extend(lead);
    let word = &chunk[s..e];
    if word.len() > 2 && (word.ends_with("'s") || word.ends_with("’s")) {
        let cut = e - if word.ends_with("'s") { 2 } else { 4 };
        out.push(Token {
            text: &chunk[s..cut],
            start: sc,
            end: ec - 2,
        });
        out.push(Token {
            text: &chunk[cut..e],
            start: ec - 2,
            end: ec,
        });
    } else if s < e {
        out.push(Token {
            text: word,
            start: sc,
            end: ec,
        });
    }
    out.extend(trail.into_iter().rev());
}

/// Splits a token sequence into sentences after `.`, `!`, `?` (and `…`)
/// when the next token starts with an upper-case letter, a digit or an
/// opening quote. Returns token index ranges.
pub fn split_sentences(tokens: &[Token<'_>]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let t = tokens[i].text;
        let end = matches!(t, "." | "!" | "?" | "…");
        let next_starts = tokens.get(i + 1).is_none_or(|n| {
            n.text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric() || is_open_punct(c))
        });
        if end && next_starts {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_punctuation_keeps_abbreviations() {
        assert_eq!(
            texts("M. Macron (Élysée) a dit « non » à U.S. Army, Apple's chief."),
            [
                "M.", "Macron", "(", "Élysée", ")", "a", "dit", "«", "non", "»", "à", "U.S.",
                "Army", ",", "Apple", "'s", "chief", "."
            ]
        );
    }

    #[test]
    fn offsets_are_code_points() {
        let t = tokenize("Élysée, Paris");
        assert_eq!((t[0].start, t[0].end), (0, 6));
        assert_eq!((t[1].start, t[1].end), (6, 7));
        assert_eq!((t[2].start, t[2].end), (8, 13));
    }

    #[test]
    fn sentences() {
        let t = tokenize("Hello world. Dr. Who is here! yes.");
        let s = split_sentences(&t);
        assert_eq!(s, vec![0..3, 3..10]);
    }
}
