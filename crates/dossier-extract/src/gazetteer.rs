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
    /// Position in the order patterns were added: of two equally good
    /// matches, the one added first wins.
    order: usize,
}

/// The registry and description patterns of one set of resources. Words are
/// exact for case-sensitive patterns, lower-case otherwise.
pub(crate) struct Gazetteer {
    /// First word → one-word patterns.
    single: HashMap<String, Vec<Pattern>>,
    /// First word → second word → longer patterns. A common first word ("the",
    /// "le", "die") starts hundreds of descriptions; the second word tells
    /// them apart with one lookup instead of a comparison with each.
    longer: HashMap<String, HashMap<String, Vec<Pattern>>>,
}

/// A match found at a token, ranked by [`Found::beats`].
struct Found<'a> {
    len: usize,
    referent: &'a Referent,
    /// Which word form of the first token found it (exact, lower-case, stem), then `Pattern::order`.
    rank: (usize, usize),
}

impl Found<'_> {
    fn is_description(&self) -> bool {
        matches!(self.referent, Referent::Description(_))
    }

    /// Longer wins; at equal length a specific actor beats a generic
    /// description; otherwise the one found first.
    fn beats(&self, other: &Found) -> bool {
        self.len > other.len
            || (self.len == other.len && other.is_description() && !self.is_description())
            || (self.len == other.len && other.is_description() == self.is_description() && self.rank < other.rank)
    }
}

/// Words that an acronym written as a word would collide with at the start
/// of a sentence.
const EVERYDAY_WORDS: &[&str] = &["uno", "una", "who", "per", "con", "non", "via", "les", "des", "der", "die", "das", "was", "has", "its", "can", "her", "his", "and", "the", "sur", "par", "une", "los", "las", "del", "all", "one", "now", "new", "not", "but", "may", "ist", "aus", "bei", "mit", "und", "ces", "son", "sus", "era", "ser", "que", "chi", "sie"];

impl Gazetteer {
    /// The patterns of every registry actor and description in `res`.
    pub(crate) fn new(res: &Resources) -> Gazetteer {
        let mut single: HashMap<String, Vec<Pattern>> = HashMap::new();
        let mut longer: HashMap<String, HashMap<String, Vec<Pattern>>> = HashMap::new();
        let mut order = 0;
        let mut add = |phrase: &str, case_sensitive: bool, referent: Referent| {
            let chars: Vec<char> = phrase.chars().collect();
            let words: Vec<String> = text::tokenize(&chars, 0).into_iter().map(|t| if case_sensitive { t.text } else { t.lower }).collect();
            order += 1;
            let (first, second) = (words.first().cloned(), words.get(1).cloned());
            let pattern = Pattern { words, case_sensitive, referent, order };
            match (first, second) {
                (Some(first), None) => single.entry(first).or_default().push(pattern),
                (Some(first), Some(second)) => longer.entry(first).or_default().entry(second).or_default().push(pattern),
                (None, _) => {}
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
        // Pronouns of several words ("ce dernier", "quest'ultima"): the scan
        // below looks one-word pronouns up token by token.
        for table in res.pronouns.values() {
            for (phrase, gender) in table.iter().filter(|(p, _)| p.contains([' ', '\''])) {
                add(phrase, false, Referent::Pronoun(gender.clone()));
            }
        }
        Gazetteer { single, longer }
    }

    /// The longest registry pattern matching at token `i` (a specific actor
    /// over a generic description of the same length): its length and referent.
    fn longest_match(&self, toks: &[Token], i: usize, lang: &str) -> Option<(usize, &Referent)> {
        // German names take a genitive -s/-es at the end: "des Handelsblatts",
        // "des Chaos Computer Clubs".
        let genitive = |word: &str, name: &str| lang == "de" && name.chars().next().is_some_and(char::is_uppercase) && (word.strip_suffix('s').is_some_and(|w| w == name) || word.strip_suffix("es").is_some_and(|w| w == name));
        let matches = |p: &Pattern| {
            i + p.words.len() <= toks.len()
                && p.words.iter().enumerate().all(|(k, w)| {
                    let t = &toks[i + k];
                    if p.case_sensitive {
                        t.text == *w || (k + 1 == p.words.len() && genitive(&t.text, w))
                    } else {
                        t.lower == *w
                    }
                })
        };
        let first_forms = word_forms(&toks[i], lang);
        let second_forms = toks.get(i + 1).map(|t| word_forms(t, lang)).unwrap_or_default();
        let mut best: Option<Found> = None;
        for (key_rank, first) in first_forms.iter().enumerate() {
            let singles = self.single.get(*first).into_iter().flatten();
            let by_second = self.longer.get(*first);
            let longer = second_forms.iter().flat_map(|second| by_second.and_then(|m| m.get(*second)).into_iter().flatten());
            for p in singles.chain(longer).filter(|p| matches(p)) {
                let found = Found { len: p.words.len(), referent: &p.referent, rank: (key_rank, p.order) };
                if best.as_ref().is_none_or(|b| found.beats(b)) {
                    best = Some(found);
                }
            }
        }
        best.map(|b| (b.len, b.referent))
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
                    if let Some(p) = self.single.get(head).into_iter().flatten().find(single) {
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
                if let Some(g) = pr.get(lower.as_str()).filter(|_| !after_preposition) {
                    out.push(Candidate { start: toks[i].start, end: toks[i].end, tok_start: i, tok_end: i + 1, referent: Referent::Pronoun(g.clone()), weak: false });
                } else if let Some(g) = inverted.and_then(|p| pr.get(p)).filter(|_| !after_preposition) {
                    // The mention is the pronoun alone: "il" of "affirme-t-il".
                    let pronoun_chars = toks[i].text.rsplit_once('-').map_or(0, |(_, p)| p.chars().count());
                    let start = toks[i].end - pronoun_chars;
                    out.push(Candidate { start, end: toks[i].end, tok_start: i, tok_end: i + 1, referent: Referent::Pronoun(g.clone()), weak: false });
                }
            }
            i += 1;
        }
        out
    }
}

/// The forms under which a token may start a pattern: as written, lower-case
/// and, in German, without a genitive -s/-es.
fn word_forms<'t>(t: &'t Token, lang: &str) -> Vec<&'t str> {
    let mut forms = vec![t.text.as_str(), t.lower.as_str()];
    if lang == "de" {
        forms.extend([t.text.strip_suffix('s'), t.text.strip_suffix("es")].into_iter().flatten());
    }
    forms
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

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(res: &Resources, lang: &str, text: &str) -> Vec<(String, Referent)> {
        let text = Text::new(text);
        let gazetteer = Gazetteer::new(res);
        gazetteer.scan(res, &text, lang).into_iter().map(|c| (text.tokens[c.tok_start..c.tok_end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" "), c.referent)).collect()
    }

    fn registry(res: &Resources, id: &str) -> Referent {
        Referent::Registry(res.actors.iter().position(|a| a.id == id).unwrap_or(usize::MAX))
    }

    #[test]
    fn longest_pattern_wins_and_a_genitive_ends_a_german_name() {
        let mut res = Resources::default();
        res.add_actors_toml("t", "[[actor]]\nid = \"ccc\"\nname = \"Chaos Computer Club\"\nkind = \"ngo\"\n[[actor]]\nid = \"chaos\"\nname = \"Chaos\"\nkind = \"ngo\"\n[[actor]]\nid = \"hb\"\nname = \"Handelsblatt\"\nkind = \"media\"").expect("valid registry TOML");
        let found = scan(&res, "de", "Ein Sprecher des Chaos Computer Clubs und des Handelsblatts, nicht das Chaos.");
        assert_eq!(found, vec![("Chaos Computer Clubs".to_string(), registry(&res, "ccc")), ("Handelsblatts".to_string(), registry(&res, "hb")), ("Chaos".to_string(), registry(&res, "chaos"))]);
        // Only German names take the genitive.
        assert!(scan(&res, "en", "The Handelsblatts reported.").is_empty());
    }

    #[test]
    fn a_specific_actor_beats_a_description_of_the_same_length_and_the_first_added_wins_a_tie() {
        let mut res = Resources::default();
        res.add_actors_toml("t", "[[actor]]\nid = \"ho\"\nname = \"Home Office\"\nkind = \"government\"\ndescriptions = { en = [\"the ministry\"] }\n[[actor]]\nid = \"other\"\nname = \"Other\"\nkind = \"government\"\naliases = [\"Home Office\"]").expect("valid registry TOML");
        res.descriptions.push(crate::resources::DescriptionEntry { kind: vec![dossier_core::ActorKind::Government], forms: [("en".to_string(), vec!["the ministry".to_string()])].into() });
        let found = scan(&res, "en", "The Home Office said so, and the ministry agreed.");
        assert_eq!(found, vec![("Home Office".to_string(), registry(&res, "ho")), ("the ministry".to_string(), registry(&res, "ho"))]);
    }
}
