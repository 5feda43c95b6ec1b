//! Find, by lookup: the gazetteer. Every registry actor's name, aliases,
//! place names and descriptions, and the generic descriptions of
//! `corpora/descriptions.toml`, become word patterns indexed by their first
//! word, built once per [`Extractor`](crate::Extractor); each document is then
//! scanned for the longest pattern at each token, and for pronouns. What it
//! finds is known for sure, so the name detector (see `names.rs`) only looks
//! at the tokens it leaves free.

use crate::names::{Candidate, Referent};
use crate::resources::Resources;
use crate::text::{self, Text, Token};
use std::collections::HashMap;

/// A gazetteer pattern: the words of an alias or description.
struct Pattern {
    words: Vec<String>,
    case_sensitive: bool,
    referent: Referent,
}

/// The registry and description patterns of one set of resources.
pub(crate) struct Gazetteer {
    /// First word (exact for case-sensitive patterns, lower-case otherwise) → patterns.
    patterns: HashMap<String, Vec<Pattern>>,
}

/// Words that an acronym written as a word would collide with at the start
/// of a sentence.
const EVERYDAY_WORDS: &[&str] = &["uno", "una", "who", "per", "con", "non", "via", "les", "des", "der", "die", "das", "was", "has", "its", "can", "her", "his", "and", "the", "sur", "par", "une", "los", "las", "del", "all", "one", "now", "new", "not", "but", "may", "ist", "aus", "bei", "mit", "und", "ces", "son", "sus", "era", "ser", "que", "chi", "sie"];

impl Gazetteer {
    /// The patterns of every registry actor and description in `res`.
    pub(crate) fn new(res: &Resources) -> Gazetteer {
        let mut patterns: HashMap<String, Vec<Pattern>> = HashMap::new();
        let mut add = |phrase: &str, case_sensitive: bool, referent: Referent| {
            let chars: Vec<char> = phrase.chars().collect();
            let words: Vec<String> = text::tokenize(&chars, 0).into_iter().map(|t| if case_sensitive { t.text } else { t.lower }).collect();
            if let Some(first) = words.first().cloned() {
                patterns.entry(first).or_default().push(Pattern { words, case_sensitive, referent });
            }
        };
        for (i, a) in res.actors.iter().enumerate() {
            add(&a.name, true, Referent::Registry(i));
            for alias in &a.aliases {
                add(alias, true, Referent::Registry(i));
                // Italian and Spanish write acronyms as words: "Anm", "Cnil".
                // But not where the word is an everyday one ("UNO" → "Uno de los…", "WHO" → "Who").
                if alias.chars().count() >= 3 && alias.chars().all(|c| c.is_ascii_uppercase()) && !EVERYDAY_WORDS.contains(&alias.to_lowercase().as_str()) {
                    let mut title = alias[..1].to_string();
                    title.push_str(&alias[1..].to_lowercase());
                    add(&title, true, Referent::Registry(i));
                }
            }
            for alias in &a.place_aliases {
                add(alias, true, Referent::Place(i));
            }
            for forms in a.descriptions.values() {
                for d in forms {
                    add(d, false, Referent::Registry(i));
                    // "le ministère de l'Intérieur" is also "du ministère…", "au ministère…".
                    for variant in french_contractions(d) {
                        add(&variant, false, Referent::Registry(i));
                    }
                }
            }
        }
        for d in &res.descriptions {
            for forms in d.forms.values() {
                for f in forms {
                    add(f, false, Referent::Description(d.kind.clone()));
                }
            }
        }
        Gazetteer { patterns }
    }

    /// The longest registry pattern matching at token `i` (a specific actor
    /// over a generic description of the same length): its length and referent.
    fn longest_match(&self, toks: &[Token], i: usize, lang: &str) -> Option<(usize, &Referent)> {
        // German names take a genitive -s/-es at the end: "des Handelsblatts",
        // "des Chaos Computer Clubs".
        let genitive = |word: &str, name: &str| lang == "de" && name.chars().next().is_some_and(char::is_uppercase) && (word.strip_suffix('s').is_some_and(|w| w == name) || word.strip_suffix("es").is_some_and(|w| w == name));
        let first = &toks[i].text;
        let first_stems: Vec<&str> = if lang == "de" { [first.strip_suffix('s'), first.strip_suffix("es")].into_iter().flatten().collect() } else { Vec::new() };
        let mut best: Option<(usize, &Referent)> = None;
        for key in [first.as_str(), toks[i].lower.as_str()].into_iter().chain(first_stems) {
            for p in self.patterns.get(key).into_iter().flatten() {
                let n = p.words.len();
                if i + n > toks.len() {
                    continue;
                }
                let ok = p.words.iter().enumerate().all(|(k, w)| {
                    let t = &toks[i + k];
                    if p.case_sensitive {
                        t.text == *w || (k + 1 == n && genitive(&t.text, w))
                    } else {
                        t.lower == *w
                    }
                });
                let better = match best {
                    None => true,
                    Some((bn, br)) => n > bn || (n == bn && matches!(br, Referent::Description(_)) && !matches!(p.referent, Referent::Description(_))),
                };
                if ok && better {
                    best = Some((n, &p.referent));
                }
            }
        }
        best
    }

    /// Registry actors, places, descriptions and pronouns in `text`, longest match first.
    pub(crate) fn scan(&self, res: &Resources, text: &Text, lang: &str) -> Vec<Candidate> {
        let toks = &text.tokens;
        let pronouns = res.pronouns.get(lang);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let best = self.longest_match(toks, i, lang);
            // "The Department of Home Affairs": a description ("the department")
            // gives way to a name that starts inside it and runs past it.
            if let Some((n, Referent::Description(_))) = best {
                let name_runs_past = (i + 1..i + n).any(|k| self.longest_match(toks, k, lang).is_some_and(|(m, r)| k + m > i + n && !matches!(r, Referent::Description(_))));
                if name_runs_past {
                    i += 1;
                    continue;
                }
            }
            if let Some((n, referent)) = best {
                out.push(Candidate { start: toks[i].start, end: toks[i + n - 1].end, tok_start: i, tok_end: i + n, referent: referent.clone(), weak: false });
                i += n;
                continue;
            }
            // German-style compounds name the organisation a person speaks for:
            // "BSI-Präsidentin", "EU-Kommission", "US-Regierung".
            if let Some((head, rest)) = toks[i].text.split_once('-') {
                let single = |p: &&Pattern| p.words.len() == 1 && p.case_sensitive && !matches!(p.referent, Referent::Description(_));
                if rest.chars().next().is_some_and(char::is_uppercase) {
                    if let Some(p) = self.patterns.get(head).into_iter().flatten().find(single) {
                        out.push(Candidate { start: toks[i].start, end: toks[i].end, tok_start: i, tok_end: i + 1, referent: p.referent.clone(), weak: false });
                        i += 1;
                        continue;
                    }
                }
            }
            // Pronouns, including French inversion "a-t-il", "ajoute-t-elle".
            if let Some(pr) = pronouns {
                let lower = &toks[i].lower;
                let inverted = lower.rsplit_once('-').map(|(_, p)| p).filter(|_| lower.contains('-'));
                let after_preposition = i > 0 && matches!(toks[i - 1].lower.as_str(), "a" | "à" | "to" | "zu" | "al" | "di" | "de" | "of" | "par" | "by" | "por" | "per" | "con" | "with" | "mit" | "für" | "for" | "pour" | "avec");
                if let Some(g) = pr.get(lower.as_str()).or_else(|| inverted.and_then(|p| pr.get(p))).filter(|_| !after_preposition) {
                    out.push(Candidate { start: toks[i].start, end: toks[i].end, tok_start: i, tok_end: i + 1, referent: Referent::Pronoun(g.clone()), weak: false });
                }
            }
            i += 1;
        }
        out
    }
}

/// The forms a French description with a definite article takes after "de"
/// and "à": "le X" → "du X", "au X"; "la X" → "de la X", "à la X"; "l'X" →
/// "de l'X". Other descriptions have none.
fn french_contractions(description: &str) -> Vec<String> {
    if let Some(rest) = description.strip_prefix("le ") {
        vec![format!("du {rest}"), format!("au {rest}")]
    } else if let Some(rest) = description.strip_prefix("la ") {
        vec![format!("de la {rest}"), format!("à la {rest}")]
    } else if let Some(rest) = description.strip_prefix("l'") {
        vec![format!("de l'{rest}")]
    } else {
        Vec::new()
    }
}
