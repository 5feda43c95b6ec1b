//! Text units with code-point offsets: tokens and sentences.
//!
//! All positions here are indices into the document's `Vec<char>`, which are
//! exactly the code-point offsets of the output contract.

/// A token: a run of letters/digits, or one punctuation character.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Text with typographic apostrophes normalised to `'`.
    pub text: String,
    pub lower: String,
    pub is_word: bool,
}

impl Token {
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A sentence: char range and token range.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tok_start: usize,
    pub tok_end: usize,
}

/// The analysed text of one document.
pub struct Text {
    pub chars: Vec<char>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Per token: the cue verb starting there (end token, kind); filled by the extractor.
    pub cues: Vec<Option<(usize, crate::resources::CueKind)>>,
}

fn normalise_char(c: char) -> char {
    match c {
        '’' | 'ʼ' | '`' | '´' | '′' => '\'',
        '\u{2010}' | '\u{2011}' => '-',
        other => other,
    }
}

/// Word-internal joiners: "États-Unis", "aujourd'hui" stay one token only for
/// hyphens; apostrophes split ("l'entreprise" → l ' entreprise) so elided
/// articles match the lexicons, which are tokenised the same way.
pub fn tokenize(chars: &[char], offset: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            while i < chars.len() {
                let d = chars[i];
                // Irish names keep their apostrophe: "O'Brien", "O’Leary".
                let irish = i == start + 1 && c == 'O' && matches!(d, '\'' | '’' | '′') && chars.get(i + 1).is_some_and(|n| n.is_uppercase());
                // Company names joined by an ampersand: "AT&T", "PG&E", "H&M".
                let ampersand = d == '&' && chars[i - 1].is_uppercase() && chars.get(i + 1).is_some_and(|n| n.is_uppercase());
                let joiner = (d == '-' || d == '\u{2011}' || irish || ampersand || (d == '.' && chars[start..i].iter().all(|x| x.is_uppercase() || *x == '.')))
                    && i + 1 < chars.len()
                    && chars[i + 1].is_alphanumeric();
                if d.is_alphanumeric() || joiner {
                    i += 1;
                } else {
                    break;
                }
            }
            // Keep the final dot of acronyms like "U.S." with the token.
            if i < chars.len() && chars[i] == '.' && i >= start + 3 && chars[i - 2] == '.' {
                i += 1;
            }
        } else {
            i += 1;
        }
        let text: String = chars[start..i].iter().map(|c| normalise_char(*c)).collect();
        tokens.push(Token { start: start + offset, end: i + offset, lower: text.to_lowercase(), is_word: c.is_alphanumeric(), text });
    }
    tokens
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mlle", "dr", "prof", "pr", "st", "ste", "mr", "mrs", "ms", "jr", "sr", "vs", "etc", "cf", "p", "pp",
    "no", "nr", "art", "abs", "z", "b", "bzw", "ca", "vgl", "sog", "dt", "hr", "fr", "sra", "sr", "dña", "d", "sig",
    "dott", "ing", "avv", "on", "sen", "rep", "gov", "gen", "col", "lt", "corp", "inc", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc", "e", "g", "i",
    "u", "s", "al", "ed", "eds", "vol", "fig", "ch", "chap", "sec", "para", "min", "max", "approx", "dept", "univ",
];

/// Nouns a German ordinal number stands before ("am 31. Oktober", "im 5.
/// Jahrhundert"): the dot after the number ends no sentence.
const GERMAN_ORDINAL_NOUNS: &[&str] = &[
    "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Jahrhundert", "Jahrhunderts", "Weltkrieg", "Weltkriegs", "Weltkrieges",
];

/// Whether the dot at `dot` follows a one- or two-digit number and the word
/// at `next` is a noun German puts after an ordinal ("vor dem 30. April").
fn german_ordinal(chars: &[char], dot: usize, next: usize) -> bool {
    let digits = chars[..dot].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let standalone = dot == digits || !chars[dot - digits - 1].is_alphanumeric();
    let word: String = chars[next..].iter().take_while(|c| c.is_alphabetic()).collect();
    (1..=2).contains(&digits) && standalone && GERMAN_ORDINAL_NOUNS.contains(&word.as_str())
}

fn opening_quote(c: char) -> bool {
    matches!(c, '«' | '“' | '„' | '‹' | '"' | '\'' | '‚' | '‘')
}

/// Whether the closing quotation mark at `close` ends a sentence: the quoted
/// sentence ends there with its own full stop and the next one starts with a
/// capital („Wir kennen einander gut.“ O′Brien nannte …), not with the
/// attribution («  … », a-t-il dit).
fn quote_ends_sentence(chars: &[char], close: usize) -> bool {
    // A quotation inside the quotation may close first: „… aus!‘“ Parteifreund …
    let inner_close = |c: &char| matches!(c, '‘' | '’' | '›' | '\'' | '"' | '”' | '»');
    let before = chars[..close].iter().rev().find(|c| !c.is_whitespace() && !inner_close(c));
    let mut k = close + 1;
    while k < chars.len() && chars[k] == ' ' {
        k += 1;
    }
    matches!(before, Some('.' | '!' | '?' | '…')) && k > close + 1 && chars.get(k).is_some_and(|n| n.is_uppercase())
}

/// Split into sentences: at `.`, `!`, `?`, `…` followed by space and an
/// upper-case letter, digit or opening quote, unless the dot ends a known
/// abbreviation or an initial; always at line breaks; never inside « » or “ ”
/// (a quote of several sentences stays in one sentence).
pub fn split_sentences(chars: &[char], tokens: &[Token]) -> Vec<Sentence> {
    let mut ends: Vec<usize> = Vec::new();
    // Open quotation marks; German „…“ closes with the mark English opens with.
    let mut open: Vec<char> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let depth = open.len();
        match c {
            '“' if open.last() == Some(&'„') => {
                open.pop();
                if open.is_empty() && quote_ends_sentence(chars, i) {
                    ends.push(i + 1);
                }
            }
            '«' | '“' | '„' => open.push(c),
            '»' | '”' => {
                open.pop();
                if open.is_empty() && quote_ends_sentence(chars, i) {
                    ends.push(i + 1);
                }
            }
            '\n' => {
                open.clear();
                ends.push(i);
            }
            '.' | '!' | '?' | '…' if depth == 0 => {
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j], '.' | '!' | '?' | '…' | ')' | '»' | '”' | '"' | '\'') {
                    j += 1;
                }
                let mut k = j;
                while k < chars.len() && chars[k] == ' ' {
                    k += 1;
                }
                let next = chars.get(k).copied();
                let boundary = k > j
                    && next.is_some_and(|n| n.is_uppercase() || n.is_numeric() || opening_quote(n) || n == '(' || n == '-');
                let is_abbrev = c == '.' && {
                    let mut w = i;
                    while w > 0 && chars[w - 1].is_alphabetic() {
                        w -= 1;
                    }
                    let word: String = chars[w..i].iter().collect::<String>().to_lowercase();
                    let initial = i - w == 1 && chars[w].is_uppercase();
                    // "707s.", "1990s." end sentences: an abbreviation is a whole word.
                    let glued_to_digits = w > 0 && chars[w - 1].is_alphanumeric();
                    let abbreviation = w < i && ABBREVIATIONS.contains(&word.as_str()) && !(word.len() > 2 && next.is_some_and(|n| n.is_uppercase()) && word == "etc");
                    !glued_to_digits && (abbreviation || initial)
                };
                if (boundary || next.is_none()) && !is_abbrev && !german_ordinal(chars, i, k) {
                    ends.push(j);
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    ends.push(chars.len());
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut tok = 0;
    for end in ends {
        let mut s = start;
        while s < end && chars[s].is_whitespace() {
            s += 1;
        }
        let mut e = end;
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if e > s {
            while tok < tokens.len() && tokens[tok].start < s {
                tok += 1;
            }
            let tok_start = tok;
            while tok < tokens.len() && tokens[tok].end <= e {
                tok += 1;
            }
            sentences.push(Sentence { start: s, end: e, tok_start, tok_end: tok });
        }
        start = end.max(start);
    }
    sentences
}

impl Text {
    pub fn new(text: &str) -> Text {
        let chars: Vec<char> = text.chars().collect();
        let tokens = tokenize(&chars, 0);
        let sentences = split_sentences(&chars, &tokens);
        Text { chars, tokens, sentences, cues: Vec::new() }
    }

    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.chars.len())..end.min(self.chars.len())].iter().collect()
    }

    /// Index of the sentence containing char position `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// First token index at or after char position `pos`.
    pub fn token_at_or_after(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }

    /// Trim whitespace and trailing `.`/`,`/`;`/`:` from a char range.
    pub fn trim_span(&self, mut start: usize, mut end: usize) -> (usize, usize) {
        while start < end && (self.chars[start].is_whitespace() || matches!(self.chars[start], ',' | ':' | ';')) {
            start += 1;
        }
        while end > start && (self.chars[end - 1].is_whitespace() || matches!(self.chars[end - 1], '.' | ',' | ';' | ':')) {
            end -= 1;
        }
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(t: &str) -> Vec<String> {
        let text = Text::new(t);
        text.sentences.iter().map(|s| text.slice(s.start, s.end)).collect()
    }

    #[test]
    fn abbreviations_and_quotes_do_not_split() {
        assert_eq!(
            sentences("M. Dupont a parlé. Dr. Smith of the U.S. agreed. Er kam z. B. gestern."),
            vec!["M. Dupont a parlé.", "Dr. Smith of the U.S. agreed.", "Er kam z. B. gestern."]
        );
        assert_eq!(
            sentences("« C'est faux. Nous refusons », a-t-il dit. Puis il est parti."),
            vec!["« C'est faux. Nous refusons », a-t-il dit.", "Puis il est parti."]
        );
    }

    #[test]
    fn a_german_ordinal_before_a_month_ends_no_sentence() {
        assert_eq!(sentences("Sie soll vor dem 30. April stattfinden. Im 5. Jahrhundert nicht."), ["Sie soll vor dem 30. April stattfinden.", "Im 5. Jahrhundert nicht."]);
        assert_eq!(sentences("Es waren 30. Danach kam April."), ["Es waren 30.", "Danach kam April."]);
    }

    #[test]
    fn german_quotes_close_with_the_english_opening_mark() {
        assert_eq!(
            sentences("„Das ist falsch“, sagte sie. Ein Sprecher widersprach."),
            vec!["„Das ist falsch“, sagte sie.", "Ein Sprecher widersprach."]
        );
    }

    #[test]
    fn tokens_have_code_point_offsets() {
        let text = Text::new("L’État-Unis « non »");
        let t: Vec<(&str, usize, usize)> = text.tokens.iter().map(|t| (t.text.as_str(), t.start, t.end)).collect();
        assert_eq!(t, vec![("L", 0, 1), ("'", 1, 2), ("État-Unis", 2, 11), ("«", 12, 13), ("non", 14, 17), ("»", 18, 19)]);
        let u = Text::new("the U.S. said");
        assert_eq!(u.tokens[1].text, "U.S.");
        let names: Vec<String> = Text::new("PG&E and AT&T, not Smith & Co or R&d").tokens.into_iter().map(|t| t.text).collect();
        assert_eq!(names, ["PG&E", "and", "AT&T", ",", "not", "Smith", "&", "Co", "or", "R", "&", "d"]);
    }
}
