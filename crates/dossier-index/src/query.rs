//! What a person types in a search box → tantivy query syntax.
//!
//! People paste headlines and type as they write, so the user syntax is
//! forgiving:
//!
//! * words are all required; `"phrases"`, `AND`, `OR`, `NOT`, `-word`,
//!   `+word` and `(groups)` work as in tantivy;
//! * apostrophes belong to words (`l'entreprise`, `aujourd'hui`, `Apple's`):
//!   every word is passed on quoted, so no character inside it is syntax;
//! * `title:`, `site:`, `lang:` and `author:` narrow a word or phrase to a
//!   field (`title:"porte dérobée"`, `site:lemonde.fr`, `lang:fr`,
//!   `author:dupont`); any other `word:` is just words (`Chat Control: vote`,
//!   `https://…`);
//! * a query with only exclusions (`NOT Apple`, `-iCloud`) means everything
//!   but those; unbalanced parentheses and dangling `AND`/`OR` are repaired.
//!
//! What cannot be repaired (an unclosed quotation mark, `actor:`, a query with
//! nothing to search for) is an error that says what to type instead.

/// Fields a user may name, and the index field each maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UserField {
    Title,
    Site,
    Lang,
    Author,
}

fn user_field(name: &str) -> Result<Option<UserField>, String> {
    Ok(Some(match name.to_lowercase().as_str() {
        "title" => UserField::Title,
        "site" => UserField::Site,
        "lang" | "language" => UserField::Lang,
        "author" => UserField::Author,
        "actor" => {
            return Err("`actor:` cannot narrow a document search; search the name as words (Apple), \
                        or open the timeline filtered to the actor (`dossier timeline --actor apple`)"
                .into())
        }
        _ => return Ok(None),
    }))
}

/// One piece of the user's query.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    And,
    Or,
    Not,
    /// Raw word (may hold a modifier, a field prefix and quoted parts).
    Word(String),
}

fn lex(query: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = query.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' {
            out.push(Tok::Open);
            i += 1;
        } else if c == ')' {
            out.push(Tok::Close);
            i += 1;
        } else {
            let mut word = String::new();
            while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '(' && chars[i] != ')' {
                if chars[i] == '"' {
                    let close = chars[i + 1..].iter().position(|&c| c == '"').map(|p| i + 1 + p);
                    let Some(close) = close else {
                        return Err("a quotation mark is not closed; close the phrase (\"porte dérobée\") or remove the \"".into());
                    };
                    word.extend(&chars[i..=close]);
                    i = close + 1;
                } else {
                    word.push(chars[i]);
                    i += 1;
                }
            }
            out.push(match word.as_str() {
                "AND" | "&&" => Tok::And,
                "OR" | "||" => Tok::Or,
                "NOT" => Tok::Not,
                _ => Tok::Word(word),
            });
        }
    }
    Ok(out)
}

/// Text safe inside a tantivy phrase: no quotes, no backslashes.
fn phrase_text(s: &str) -> String {
    s.chars().map(|c| if c == '"' || c == '\\' { ' ' } else { c }).collect::<String>().trim().to_string()
}

/// A clause's query text (without its modifier), or `None` when it holds
/// nothing searchable (punctuation alone).
fn clause(field: Option<UserField>, value: &str, title_fields: &[String]) -> Option<String> {
    let (text, slop) = match (value.find('"'), value.rfind('"')) {
        (Some(0), Some(last)) if last > 0 => {
            let tail = &value[last + 1..];
            let slop = tail.strip_prefix('~').filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
            let mut text = phrase_text(&value[1..last]);
            if slop.is_none() && tail.chars().any(char::is_alphanumeric) {
                text.push_str(&phrase_text(tail));
            }
            (text, slop.map(|d| format!("~{d}")).unwrap_or_default())
        }
        _ => (phrase_text(value), String::new()),
    };
    if field.is_none() && text == "*" {
        return Some("*".into());
    }
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(match field {
        None => format!("\"{text}\"{slop}"),
        Some(UserField::Title) => {
            let any: Vec<String> = title_fields.iter().map(|f| format!("{f}:\"{text}\"{slop}")).collect();
            format!("({})", any.join(" OR "))
        }
        Some(UserField::Site) => {
            let site = text.to_lowercase();
            format!("site:\"{}\"", site.trim_start_matches("www."))
        }
        Some(UserField::Lang) => {
            let langs: Vec<String> =
                text.split([',', ' ']).filter(|l| !l.is_empty()).map(|l| format!("language:\"{}\"", l.to_lowercase())).collect();
            format!("({})", langs.join(" OR "))
        }
        Some(UserField::Author) => format!("authors:\"{text}\"{slop}"),
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Out {
    Open { negated: bool },
    Close,
    Op(&'static str),
    Clause { negated: bool, text: String },
}

/// Rewrite a user's query into tantivy syntax; `title_fields` are the
/// per-language title fields `title:` expands to.
pub(crate) fn to_tantivy(query: &str, title_fields: &[String]) -> Result<String, String> {
    let toks = lex(query)?;
    let mut out: Vec<Out> = Vec::new();
    let mut negate_next = false;
    let mut depth = 0usize;
    let mut i = 0;
    let prev_is_operand = |out: &[Out]| matches!(out.last(), Some(Out::Close) | Some(Out::Clause { .. }));
    while i < toks.len() {
        match &toks[i] {
            Tok::Open => {
                out.push(Out::Open { negated: std::mem::take(&mut negate_next) });
                depth += 1;
            }
            Tok::Close => {
                if depth > 0 {
                    while matches!(out.last(), Some(Out::Op(_))) {
                        out.pop();
                    }
                    if matches!(out.last(), Some(Out::Open { .. })) {
                        out.pop(); // an empty group
                    } else {
                        out.push(Out::Close);
                    }
                    depth -= 1;
                }
            }
            Tok::And | Tok::Or => {
                if prev_is_operand(&out) {
                    out.push(Out::Op(if toks[i] == Tok::And { "AND" } else { "OR" }));
                }
            }
            Tok::Not => {
                // `a AND NOT b` is `a -b`: tantivy reads `AND NOT` as matching nothing.
                if matches!(out.last(), Some(Out::Op("AND"))) {
                    out.pop();
                }
                negate_next = true;
            }
            Tok::Word(raw) => {
                let (modifier, rest) = match raw.chars().next() {
                    Some(m @ ('-' | '+')) => (Some(m), &raw[1..]),
                    _ => (None, raw.as_str()),
                };
                let colon = rest.find(':').filter(|&c| rest.find('"').is_none_or(|q| c < q));
                let (field, value) = match colon {
                    Some(c) => match user_field(&rest[..c])? {
                        Some(field) if c + 1 == rest.len() => {
                            // `title: word`: the value is the next word.
                            match toks.get(i + 1) {
                                Some(Tok::Word(next)) if rest[..c] == rest[..c].to_lowercase() => {
                                    i += 1;
                                    (Some(field), next.clone())
                                }
                                _ => (None, rest[..c].to_string()),
                            }
                        }
                        Some(field) => (Some(field), rest[c + 1..].to_string()),
                        // An unknown `field:` is words: `Chat Control: vote`, URLs.
                        None => (None, rest.replace(':', " ")),
                    },
                    None => (None, rest.to_string()),
                };
                if let Some(text) = clause(field, &value, title_fields) {
                    let negated = std::mem::take(&mut negate_next) || modifier == Some('-');
                    if matches!(out.last(), Some(Out::Op(_))) && negated {
                        out.pop(); // `a OR -b` cannot be said in tantivy; keep the exclusion
                    }
                    out.push(Out::Clause { negated, text });
                }
            }
        }
        i += 1;
    }
    while matches!(out.last(), Some(Out::Op(_))) {
        out.pop();
    }
    while matches!(out.last(), Some(Out::Open { .. })) {
        out.pop();
        depth -= 1;
    }
    out.extend(std::iter::repeat_n(Out::Close, depth));
    if !out.iter().any(|o| matches!(o, Out::Clause { .. })) {
        return Err("nothing to search for; type words, a \"phrase\", or * for every document".into());
    }
    // A group (or the whole query) of exclusions only means "everything but".
    let mut groups: Vec<(usize, bool, bool)> = vec![(0, false, false)]; // (insert at, positive, negative)
    let mut inserts = Vec::new();
    for (at, o) in out.iter().enumerate() {
        match o {
            Out::Open { negated } => {
                if let Some(g) = groups.last_mut() {
                    if *negated { g.2 = true } else { g.1 = true }
                }
                groups.push((at + 1, false, false));
            }
            Out::Close => {
                if let Some((pos, positive, negative)) = groups.pop() {
                    if negative && !positive {
                        inserts.push(pos);
                    }
                }
            }
            Out::Clause { negated, .. } => {
                if let Some(g) = groups.last_mut() {
                    if *negated { g.2 = true } else { g.1 = true }
                }
            }
            Out::Op(_) => {}
        }
    }
    if let Some((pos, false, true)) = groups.first().copied() {
        inserts.push(pos);
    }
    let mut words: Vec<String> = Vec::new();
    for (at, o) in out.iter().enumerate() {
        if inserts.contains(&at) {
            words.push("*".into());
        }
        words.push(match o {
            Out::Open { negated } => format!("{}(", if *negated { "-" } else { "" }),
            Out::Close => ")".into(),
            Out::Op(op) => (*op).into(),
            Out::Clause { negated, text } => format!("{}{text}", if *negated { "-" } else { "" }),
        });
    }
    if inserts.contains(&out.len()) {
        words.push("*".into());
    }
    Ok(words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(q: &str) -> String {
        to_tantivy(q, &["title_fr".into(), "title_en".into()]).unwrap()
    }

    #[test]
    fn words_are_quoted_so_apostrophes_and_colons_are_text() {
        assert_eq!(t("l'entreprise Apple's"), "\"l'entreprise\" \"Apple's\"");
        assert_eq!(t("Chat Control: vote"), "\"Chat\" \"Control\" \"vote\"");
        assert_eq!(t("https://ex.org/a"), "\"https //ex.org/a\"");
        assert_eq!(t("IN France"), "\"IN\" \"France\"");
    }

    #[test]
    fn not_and_exclusions() {
        assert_eq!(t("a AND NOT b"), "\"a\" -\"b\"");
        assert_eq!(t("NOT a b"), "-\"a\" \"b\"");
        assert_eq!(t("\"a NOT b\" NOT c"), "\"a NOT b\" -\"c\"");
        assert_eq!(t("NOT Apple"), "* -\"Apple\"");
        assert_eq!(t("-iCloud"), "* -\"iCloud\"");
        assert_eq!(t("x (-a -b)"), "\"x\" ( * -\"a\" -\"b\" )");
        assert_eq!(t("NOT (a OR b) c"), "-( \"a\" OR \"b\" ) \"c\"");
    }

    #[test]
    fn fields_and_repairs() {
        assert_eq!(t("title:Apple"), "(title_fr:\"Apple\" OR title_en:\"Apple\")");
        assert_eq!(t("title: \"porte dérobée\""), "(title_fr:\"porte dérobée\" OR title_en:\"porte dérobée\")");
        assert_eq!(t("site:www.LeMonde.fr lang:fr,en"), "site:\"lemonde.fr\" (language:\"fr\" OR language:\"en\")");
        assert_eq!(t("author:dupont"), "authors:\"dupont\"");
        assert_eq!(t("(a OR b"), "( \"a\" OR \"b\" )");
        assert_eq!(t("a) AND OR b AND"), "\"a\" AND \"b\"");
        assert_eq!(t("\"a b\"~2 — *"), "\"a b\"~2 *");
    }

    #[test]
    fn errors_say_what_to_type() {
        let e = to_tantivy("\"porte dérobée", &[]).unwrap_err();
        assert!(e.contains("not closed"), "{e}");
        let e = to_tantivy("actor:apple", &[]).unwrap_err();
        assert!(e.contains("--actor apple"), "{e}");
        let e = to_tantivy("— ()", &[]).unwrap_err();
        assert!(e.contains("nothing to search for"), "{e}");
    }
}
