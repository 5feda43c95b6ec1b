//! Person names as a byline would print them. Detectors take whatever
//! capitalised run they see, so real reporting gives "Interior Minister
//! Joachim Brudziński", "Fourteen-year-old Zoe", "Kama Melly QC", "Präsident
//! Bush" or "Brudziński said Adamowicz"; the speaker of a quote must be the
//! person, named the same way each time. This stage runs after detection and
//! before resolution: it trims titles, ages and post-nominals, cuts names at a
//! lower-case word, splits a name fused with the next one, and drops "names"
//! that are only a title ("Brazilian President" before "Jair Bolsonaro").
//! It also gives an organisation's acronym the organisation's full name when
//! the text spells it out ("World Health Organization (WHO)" … "WHO said").

use crate::names::NAME_PARTICLES;
use crate::text::{Text, Token};
use crate::{Candidate, Referent, Resources};
use dossier_core::ActorKind;

/// Letters after a name that are not part of it.
const POST_NOMINALS: &[&str] = &["QC", "KC", "MP", "MEP", "MdB", "MdEP", "PhD", "OBE", "MBE", "CBE", "KBE", "Esq"];

/// Tidy the person names among `cands` in place (see the module doc).
pub(crate) fn tidy_person_names(cands: &mut Vec<Candidate>, text: &Text, titles: &Titles, first_names: &std::collections::HashMap<String, String>) {
    let toks = &text.tokens;
    // Whole person names as written, to find names fused with the next one.
    let person_names: std::collections::HashSet<Vec<&str>> = cands
        .iter()
        .filter(|c| matches!(c.referent, Referent::Named { kind: ActorKind::Person, .. }))
        .map(|c| toks[c.tok_start..c.tok_end].iter().map(|t| t.text.as_str()).collect())
        .collect();
    let mut keep = vec![true; cands.len()];
    for ci in 0..cands.len() {
        let c = &cands[ci];
        // Post-nominals make a person of a name a model took for an organisation ("Kama Melly QC").
        let post_nominal = POST_NOMINALS.contains(&toks[c.tok_end - 1].text.trim_end_matches('.'));
        // So does a title before a given name ("Presidential Spokesperson Harry Roque").
        let titled = (c.tok_start..c.tok_end.saturating_sub(2)).any(|k| titles.is_title(&toks[k]) && first_names.contains_key(toks[k + 1].text.as_str()));
        // "Connecticut Senator Richard Blumenthal": a role a model took for an
        // organisation, right before the person who holds it.
        let role_before_person = titles.is_title(&toks[c.tok_end - 1]) && cands.iter().any(|n| n.tok_start == c.tok_end && matches!(n.referent, Referent::Named { kind: ActorKind::Person, .. }));
        // "Prime Minister Ardern", "President Trump": a title run a model took
        // for an organisation, then a name.
        let titled_name = title_then_name(toks, c.tok_start, c.tok_end, titles);
        // "il presidente del Consiglio Enrico Letta": the institution ends the title.
        let institution_then_name = institution_after_title(toks, c.tok_start, titles) && given_name_start(toks, c.tok_start, c.tok_end, first_names) > c.tok_start;
        match &c.referent {
            Referent::Named { kind: ActorKind::Person, .. } => {}
            Referent::Named { .. } if role_before_person => {
                keep[ci] = false;
                continue;
            }
            Referent::Named { .. } if (post_nominal || titled) && c.tok_end - c.tok_start >= 3 => {}
            Referent::Named { .. } if titled_name || institution_then_name => {}
            _ => continue,
        }
        let (a, b) = person_bounds(toks, c.tok_start, c.tok_end, titles);
        let a = given_name_start(toks, a, b, first_names);
        if b <= a || titles.is_title(&toks[b - 1]) {
            keep[ci] = false;
            continue;
        }
        let b = split_fused(&person_names, toks, a, b);
        if (a, b) != (c.tok_start, c.tok_end) {
            let (start, end) = (toks[a].start, toks[b - 1].end);
            cands[ci] = Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Person }, weak: cands[ci].weak };
        }
    }
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// "François Hollande", "Paris Hilton": a registry word or place right after a
/// given name nobody else took is a person's surname, not the registry actor
/// ("Hollande" is also the Netherlands).
pub(crate) fn given_name_before_registry_word(cands: &mut [Candidate], text: &Text, first_names: &std::collections::HashMap<String, String>) {
    let toks = &text.tokens;
    let mut taken = vec![false; toks.len()];
    for c in cands.iter() {
        taken[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
    }
    for c in cands.iter_mut() {
        let registry_word = matches!(c.referent, Referent::Registry(_) | Referent::Place(_)) && c.tok_end == c.tok_start + 1;
        let Some(g) = c.tok_start.checked_sub(1).filter(|&g| registry_word && !taken[g]) else { continue };
        let adjacent = toks[g].end + 1 == toks[c.tok_start].start;
        if adjacent && toks[g].is_capitalised() && first_names.contains_key(toks[g].text.as_str()) {
            let (start, end) = (toks[g].start, c.end);
            *c = Candidate { start, end, tok_start: g, tok_end: c.tok_end, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Person }, weak: false };
        }
    }
}

/// "Polska Agencja Prasowa (PAP)", "the World Health Organization (WHO)": an
/// acronym in brackets after a name, or the initials of a name's capitalised
/// words, stand for that name; acronym-only names in the text take it. A
/// bracketed acronym also restores the whole name a detector cut short
/// ("Pacific Gas and Electric Company (PG&E)", found as "Pacific Gas"), and
/// one after a registry name is that registry actor.
pub(crate) fn expand_acronyms(cands: &mut Vec<Candidate>, text: &Text) {
    let toks = &text.tokens;
    let mut full: std::collections::HashMap<String, Referent> = std::collections::HashMap::new();
    for c in cands.iter() {
        let Referent::Named { name, kind } = &c.referent else { continue };
        if *kind == ActorKind::Person || name.split_whitespace().count() < 2 {
            continue;
        }
        let initials: String = toks[c.tok_start..c.tok_end].iter().filter(|t| t.is_capitalised()).filter_map(|t| t.text.chars().next()).collect();
        if initials.chars().count() >= 2 {
            full.entry(initials).or_insert_with(|| c.referent.clone());
        }
    }
    // Linear in the candidates however many acronyms a text holds: the runs
    // are disjoint, so each token belongs to at most one.
    let runs = bracketed_acronyms(text);
    let registry_ending: std::collections::HashMap<usize, Referent> =
        cands.iter().filter(|c| matches!(c.referent, Referent::Registry(_))).map(|c| (c.tok_end, c.referent.clone())).collect();
    let mut run_of = vec![None; toks.len()];
    for (ri, (_, (a, b))) in runs.iter().enumerate() {
        if !registry_ending.contains_key(b) {
            run_of[*a..*b].iter_mut().for_each(|r| *r = Some(ri));
        }
    }
    // The whole name replaces the pieces a detector found inside it.
    cands.retain(|c| {
        let run = run_of[c.tok_start].filter(|&ri| run_of[c.tok_end - 1] == Some(ri));
        !(run.is_some() && matches!(c.referent, Referent::Named { .. })) || run.is_some_and(|ri| (c.tok_start, c.tok_end) == runs[ri].1)
    });
    let covered = crate::names::covered_tokens(cands, toks.len());
    for (acronym, (a, b)) in runs {
        let referent = match registry_ending.get(&b) {
            Some(r) => r.clone(),
            None => {
                let (start, end) = (toks[a].start, toks[b - 1].end);
                let referent = Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization };
                if !covered[a..b].iter().any(|&c| c) {
                    cands.push(Candidate { start, end, tok_start: a, tok_end: b, referent: referent.clone(), weak: false });
                }
                referent
            }
        };
        full.insert(acronym, referent);
    }
    for c in cands.iter_mut() {
        if let Referent::Named { name, .. } = &c.referent {
            if is_acronym(name) {
                if let Some(long) = full.get(name.as_str()) {
                    c.referent = long.clone();
                }
            }
        }
    }
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
}

/// Connectors inside an organisation's name ("Pacific Gas and Electric").
const NAME_JOINERS: &[&str] = &["and", "&", "of", "for", "the", "de", "du", "des", "la", "der", "für", "di", "della", "del", "y", "e", "und", "et"];

/// Each acronym in brackets right after a run of capitalised words whose
/// initials it follows ("Pacific Gas and Electric Company (PG&E)"): the
/// acronym and the run's tokens `[a, b)`.
fn bracketed_acronyms(text: &Text) -> Vec<(String, (usize, usize))> {
    let toks = &text.tokens;
    let mut out = Vec::new();
    for p in (1..toks.len()).filter(|&p| toks[p].text == "(") {
        let Some(q) = (p + 2..(p + 5).min(toks.len())).find(|&q| toks[q].text == ")") else { continue };
        let acronym = text.slice(toks[p + 1].start, toks[q - 1].end);
        if !is_acronym(&acronym) || toks[p + 1..q].iter().any(|t| t.text == "(") {
            continue;
        }
        let mut a = p;
        while a > 0 && (toks[a - 1].is_capitalised() || NAME_JOINERS.contains(&toks[a - 1].lower.as_str())) {
            a -= 1;
        }
        // "Yesterday the World Health Organization (WHO)": the name opens at the acronym's first letter.
        let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        while a < p && !(toks[a].is_capitalised() && toks[a].text.chars().next() == letters.first().copied()) {
            a += 1;
        }
        let initials: Vec<char> = toks[a..p].iter().filter(|t| t.is_capitalised()).filter_map(|t| t.text.chars().next()).collect();
        if initials.len() >= 2 && initials.first() == letters.first() && is_subsequence(&letters, &initials) {
            out.push((acronym, (a, p)));
        }
    }
    out
}

/// Whether `short` is a subsequence of `long`.
fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|l| l == c))
}

/// "Although Hong Kong's district elections …": a model's name that the
/// text elsewhere writes as a place the registry knows is that place, not
/// a person or a body of its own.
pub(crate) fn places_named_by_models(cands: &mut [Candidate], text: &Text) {
    let places: std::collections::HashMap<String, Referent> = cands
        .iter()
        .filter(|c| matches!(c.referent, Referent::Place(_)))
        .map(|c| (text.slice(c.start, c.end), c.referent.clone()))
        .collect();
    for c in cands.iter_mut().filter(|c| c.weak && matches!(c.referent, Referent::Named { .. })) {
        if let Some(place) = places.get(&text.slice(c.start, c.end)) {
            c.referent = place.clone();
        }
    }
}

fn is_acronym(word: &str) -> bool {
    let n = word.chars().count();
    (2..=6).contains(&n) && word.chars().all(|ch| ch.is_uppercase() || ch == '&')
}

/// "presidente del Consiglio Enrico Letta": a detector that glued the
/// institution before a name to it. The name opens at its first given name
/// when no word before that is a given name, a particle or an initial.
/// Short words ("Jo Anne Van Tilburg") may be given names the list lacks.
pub(crate) fn given_name_start(toks: &[Token], a: usize, b: usize, first_names: &std::collections::HashMap<String, String>) -> usize {
    let given = |k: usize| first_names.contains_key(toks[k].text.as_str());
    let plain = |k: usize| toks[k].is_word && toks[k].text.chars().count() >= 4 && !given(k) && !NAME_PARTICLES.contains(&toks[k].lower.as_str());
    match (a + 1..b.saturating_sub(1)).find(|&k| given(k)) {
        Some(k) if (a..k).all(plain) => k,
        _ => a,
    }
}

/// Whether token `a` is an organisation word that ends a title ("presidente
/// del Consiglio", "President of the Commission", "Präsident der Kommission").
fn institution_after_title(toks: &[Token], a: usize, titles: &Titles) -> bool {
    let joiner = |k: usize| matches!(toks[k].lower.as_str(), "del" | "della" | "dello" | "de" | "du" | "des" | "der" | "of" | "the" | "la" | "l" | "'");
    let mut k = a;
    while k > 0 && a - k < 3 && joiner(k - 1) {
        k -= 1;
    }
    crate::ORG_WORDS.contains(&toks[a].lower.as_str()) && k < a && k > 0 && titles.is_title(&toks[k - 1])
}

/// Whether tokens `[a, b)` are capitalised words up to a title, then one to
/// three capitalised words that are no organisation words: "Prime Minister
/// Ardern", "Health Minister Andrew Little" (not "Minister's Office").
fn title_then_name(toks: &[Token], a: usize, b: usize, titles: &Titles) -> bool {
    let Some(t) = (a..b.saturating_sub(1)).rev().find(|&k| titles.is_title(&toks[k])) else { return false };
    let capitalised = |k: usize| toks[k].is_word && toks[k].is_capitalised();
    let name_word = |k: usize| capitalised(k) && !crate::ORG_WORDS.contains(&toks[k].lower.as_str()) && !titles.is_title(&toks[k]);
    (a..t).all(capitalised) && (1..=3).contains(&(b - t - 1)) && (t + 1..b).all(name_word)
}

/// The tokens of `[a, b)` that are the name: cut at the first lower-case word
/// that is no particle ("Brudziński said Adamowicz"), start after the last
/// title or age ("Brazilian President Jair Bolsonaro", "Fifteen-year-old
/// Robert"), end before post-nominals ("Kama Melly QC").
fn person_bounds(toks: &[Token], a: usize, b: usize, titles: &Titles) -> (usize, usize) {
    let mut b = (a + 1..b).find(|&k| toks[k].is_word && !toks[k].is_capitalised() && !NAME_PARTICLES.contains(&toks[k].lower.as_str())).unwrap_or(b);
    while b > a + 1 && POST_NOMINALS.contains(&toks[b - 1].text.trim_end_matches('.')) {
        b -= 1;
    }
    let a = match (a..b.saturating_sub(1)).rev().find(|&k| titles.is_title(&toks[k])) {
        Some(k) => k + 1,
        None => a,
    };
    (a, b)
}

/// The person titles of every language, lower-cased once per text.
pub(crate) struct Titles(Vec<String>);

impl Titles {
    pub(crate) fn new(res: &Resources) -> Titles {
        Titles(res.cues.values().flat_map(|c| &c.person_titles).map(|t| t.trim_end_matches('.').to_lowercase()).collect())
    }

    /// A title, role or age before a name: the languages' person titles, also
    /// inside compounds ("Ministerpräsident", "US-Präsident", "Ex-Prime"), and
    /// ages ("Fourteen-year-old", "37-jährige").
    pub(crate) fn is_title(&self, tok: &Token) -> bool {
        let lower = tok.lower.trim_end_matches('.');
        if lower.contains("-year-old") || lower.contains("jährig") || lower.starts_with("ex-") {
            return true;
        }
        self.0.iter().any(|t| {
            lower == t || (t.chars().count() >= 6 && (lower.ends_with(t.as_str()) || lower.strip_suffix("in").is_some_and(|l| l.ends_with(t.as_str()))))
        })
    }
}

/// "George Voinovich Bolton": when the name without its last word is another
/// person's whole name in the text, the last word belongs to the next name.
fn split_fused(person_names: &std::collections::HashSet<Vec<&str>>, toks: &[Token], a: usize, b: usize) -> usize {
    if b - a < 3 {
        return b;
    }
    let head: Vec<&str> = toks[a..b - 1].iter().map(|t| t.text.as_str()).collect();
    if person_names.contains(&head) {
        b - 1
    } else {
        b
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names left after tidying one detected person name covering `name` in `text`.
    fn tidy(text: &str, name: &str) -> Vec<String> {
        let t = Text::new(text);
        let start = text[..text.find(name).unwrap()].chars().count();
        let end = start + name.chars().count();
        let a = t.tokens.iter().position(|k| k.start == start).unwrap();
        let b = t.tokens.iter().position(|k| k.end == end).unwrap() + 1;
        let mut cands = vec![Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: name.into(), kind: ActorKind::Person }, weak: true }];
        let res = Resources::embedded().unwrap();
        tidy_person_names(&mut cands, &t, &Titles::new(&res), &res.first_names);
        cands.iter().map(|c| t.slice(c.start, c.end)).collect()
    }

    #[test]
    fn titles_ages_and_post_nominals_are_not_part_of_the_name() {
        assert_eq!(tidy("Fifteen-year-old Robert Miles said so.", "Fifteen-year-old Robert Miles"), ["Robert Miles"]);
        assert_eq!(tidy("Prosecutor Kama Melly QC said so.", "Prosecutor Kama Melly QC"), ["Kama Melly"]);
        assert_eq!(tidy("Brazilian President Jair Bolsonaro said so.", "Brazilian President Jair Bolsonaro"), ["Jair Bolsonaro"]);
        assert_eq!(tidy("Das sagte US-Präsident Bush gestern.", "US-Präsident Bush"), ["Bush"]);
    }

    #[test]
    fn a_name_stops_at_a_lower_case_word_and_a_title_alone_is_no_name() {
        assert_eq!(tidy("Brudziński said Adamowicz was alive.", "Brudziński said Adamowicz"), ["Brudziński"]);
        assert!(tidy("The Brazilian President spoke.", "Brazilian President").is_empty());
    }

    #[test]
    fn an_acronym_takes_the_name_it_stands_for() {
        let text = "The World Health Organization (WHO) warned on Monday. WHO said the outbreak was spreading.";
        let t = Text::new(text);
        let named = |name: &str, kind: ActorKind| {
            let start = text[..text.find(name).unwrap()].chars().count();
            let end = start + name.chars().count();
            let a = t.tokens.iter().position(|k| k.start == start).unwrap();
            let b = t.tokens.iter().position(|k| k.end == end).unwrap() + 1;
            Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: name.into(), kind }, weak: true }
        };
        let mut cands = vec![named("World Health Organization", ActorKind::Organization), named("WHO said", ActorKind::Organization)];
        cands[1] = Candidate { end: cands[1].start + 3, tok_end: cands[1].tok_start + 1, referent: Referent::Named { name: "WHO".into(), kind: ActorKind::Organization }, ..cands[1].clone() };
        expand_acronyms(&mut cands, &t);
        assert!(matches!(&cands[1].referent, Referent::Named { name, .. } if name == "World Health Organization"));
    }

    #[test]
    fn a_models_name_the_text_writes_as_a_known_place_is_that_place() {
        let text = "Talks in Berlin went on. Berlin said no.";
        let t = Text::new(text);
        let at = |k: usize, referent: Referent, weak: bool| Candidate { start: t.tokens[k].start, end: t.tokens[k].end, tok_start: k, tok_end: k + 1, referent, weak };
        let berlin: Vec<usize> = (0..t.tokens.len()).filter(|&k| t.tokens[k].text == "Berlin").collect();
        let mut cands = vec![at(berlin[0], Referent::Place(3), false), at(berlin[1], Referent::Named { name: "Berlin".into(), kind: ActorKind::Person }, true)];
        places_named_by_models(&mut cands, &t);
        assert_eq!(cands[1].referent, Referent::Place(3));
    }
}
