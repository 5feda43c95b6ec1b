//! Detect: names the registry does not know. [`Candidate`] and [`Referent`]
//! are what the find and detect stages hand on; an [`EntityDetector`] (the
//! rule-based [`CapitalisedNameDetector`] by default, a model in
//! `detectors.rs`) adds people and organisations on the tokens the gazetteer
//! left free, then `link_surnames` and `join_organisations_of_places`
//! tidy the merged list. The word tests the rules share with the model
//! detectors (function words, law titles, organisation words) and the cue-verb
//! lookup, which the rules and the later stages both use, live here too.

use crate::resources::{self, Resources};
use crate::text::{Text, Token};
use dossier_core::ActorKind;

/// What a stretch of text refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Referent {
    /// A registry actor (index into `Resources::actors`).
    Registry(usize),
    /// A country/capital name of a registry actor: an actor only when it acts.
    Place(usize),
    /// A generic description ("l'entreprise") referring back to an actor of these kinds.
    Description(Vec<ActorKind>),
    /// A pronoun with its gender (`m`, `f`, `n`, `pl`).
    Pronoun(String),
    /// A name found by the entity detector.
    Named { name: String, kind: ActorKind },
}

/// A candidate mention, in token and char coordinates.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub tok_start: usize,
    pub tok_end: usize,
    pub referent: Referent,
    /// A statistical guess: an actor only when it acts (subject of a verb,
    /// speaker, event participant), like a country name.
    pub weak: bool,
}

/// Finds names of people and organisations the registry does not know.
/// The rule-based [`CapitalisedNameDetector`] is the default; a statistical
/// or transformer model implements the same trait.
pub trait EntityDetector: Send + Sync {
    /// Return named candidates in `tokens`, skipping token indices already `taken`.
    fn detect(&self, text: &Text, language: &str, taken: &[bool], res: &Resources) -> Vec<Candidate>;
}

/// Names are runs of capitalised words ("Hélène Marchand", "Ursula von der
/// Leyen"); a run is a person when introduced by a title ("Prof", "M.",
/// "ministre"), followed by an apposition (", professeure de …") or next to a
/// cue verb, and an organisation when it holds an organisation word.
pub struct CapitalisedNameDetector;

pub(crate) const NAME_PARTICLES: &[&str] = &["von", "van", "der", "de", "di", "da", "del", "della", "dello", "delle", "dei", "degli", "la", "le", "du", "dos", "bin"];
pub(crate) const ORG_WORDS: &[&str] = &[
    "université", "university", "universität", "universidad", "università", "institut", "institute", "instituto", "istituto",
    "association", "associazione", "asociación", "verein", "stiftung", "foundation", "fondation", "fundación", "fondazione",
    "group", "groupe", "gruppo", "grupo", "ministry", "ministère", "ministerium", "ministerio", "ministero", "agency",
    "agence", "agentur", "agencia", "agenzia", "council", "conseil", "rat", "consejo", "consiglio", "committee", "comité",
    "commission", "kommission", "comisión", "commissione", "inc", "ltd", "gmbh", "sa", "ag", "spa", "labs", "lab",
    "centre", "center", "zentrum", "centro", "network", "coalition", "alliance", "union", "observatoire", "observatory",
    "universitat", "politecnico", "polytechnique", "polytechnic", "hochschule", "école", "escuela", "scuola", "college",
    "collège", "tribunal", "court", "bank", "banque", "partito", "partei", "partido", "party", "parti", "fondazione",
    "department", "département", "departamento", "dipartimento", "parliament", "parlement", "parlament", "parlamento",
];

/// A word list of the cue lexicon of `lang` (empty for a language without one).
pub(crate) fn resource_list<'a>(res: &'a Resources, lang: &str, pick: fn(&'a resources::CueLexicon) -> &'a Vec<String>) -> &'a [String] {
    res.cues.get(lang).map(|c| pick(c).as_slice()).unwrap_or(&[])
}

impl EntityDetector for CapitalisedNameDetector {
    fn detect(&self, text: &Text, lang: &str, taken: &[bool], res: &Resources) -> Vec<Candidate> {
        let toks = &text.tokens;
        // German capitalises the noun of a description before a name ("die Berliner
        // Firma Krypta GmbH", "der Verein Netzbürger"): the nouns of the German
        // descriptions of organisations, which are left out of the name.
        let descriptor_nouns = organisation_description_nouns(res, lang);
        let titles: Vec<String> = res.cues.values().flat_map(|c| c.person_titles.iter().map(|t| t.to_lowercase().trim_end_matches('.').to_string())).collect();
        let sentence_starts: std::collections::HashSet<usize> = text.sentences.iter().map(|s| s.tok_start).collect();
        // Month and weekday names are capitalised in several languages but name nobody.
        let date_words: std::collections::HashSet<&str> = res
            .dates
            .values()
            .flat_map(|d| d.months.iter().chain(&d.weekdays).flatten())
            .map(String::as_str)
            .collect();
        // Words standing next to a cue verb anywhere in the text ("…», so Krüger"),
        // computed once: looking them up per name was quadratic on long texts.
        let near_a_cue: std::collections::HashSet<&str> = toks
            .iter()
            .enumerate()
            .filter(|(k, _)| ((k + 1)..(k + 3).min(toks.len())).chain(k.saturating_sub(2)..*k).any(|c| is_cue(text, c).is_some()))
            .map(|(_, t)| t.text.as_str())
            .collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let cap = |k: usize| {
                toks[k].is_word
                    && toks[k].is_capitalised()
                    && !taken[k]
                    && toks[k].text.chars().skip(1).any(char::is_lowercase)
                    && !date_words.contains(toks[k].lower.as_str())
            };
            if !cap(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() {
                if cap(j) {
                    j += 1;
                } else if is_initial(toks, j) && j + 2 < toks.len() && cap(j + 2) {
                    // "George W. Bush", "Barrington D. Parker".
                    j += 2;
                } else if NAME_PARTICLES.contains(&toks[j].lower.as_str())
                    && j + 1 < toks.len()
                    && cap(j + 1)
                    // "von der Leyen", but not German "Komplizen der Angreifer".
                    && (toks[j].lower != "der" || matches!(toks[j - 1].lower.as_str(), "von" | "van"))
                {
                    j += 2;
                } else if matches!(toks[j].lower.as_str(), "of" | "for") && j + 1 < toks.len() && cap(j + 1) && ORG_WORDS.contains(&toks[j - 1].lower.as_str()) {
                    // "University of Surrey", "Center for Democracy": only after an organisation word,
                    // so that "Woodward of Surrey University" stays apart.
                    j += 2;
                } else {
                    break;
                }
            }
            // "Netzbürger e. V.": the German registered-association suffix belongs to the name.
            if lang == "de" && toks.get(j..j + 4).is_some_and(|t| t.iter().map(|t| t.text.as_str()).eq(["e", ".", "V", "."])) {
                j += 4;
            }
            let n = j - i;
            let first_is_sentence_start = sentence_starts.contains(&i);
            let (mut start_tok, mut n) = if first_is_sentence_start && n >= 2 && is_function_word(&toks[i].lower) { (i + 1, n - 1) } else { (i, n) };
            let mut described = false;
            if !descriptor_nouns.is_empty() && n >= 2 {
                let lead = if toks[start_tok].lower.ends_with("er") && descriptor_nouns.contains(&toks[start_tok + 1].lower) && n >= 3 {
                    2 // "Berliner Firma"
                } else if descriptor_nouns.contains(&toks[start_tok].lower) {
                    1 // "Plattform"
                } else {
                    0
                };
                if lead > 0 && toks[start_tok + lead].is_word {
                    start_tok += lead;
                    n -= lead;
                    described = true;
                }
            }
            if described {
                // The description says what it is: an organisation, even with one word.
                let (start, end) = (toks[start_tok].start, toks[j - 1].end);
                // A bare word is weak ("schrieb auf der Plattform Mastodon" names no
                // actor; one that acts is); "Firma Krypta GmbH" is an organisation's name.
                let weak = !toks[start_tok..j].iter().any(|t| ORG_WORDS.contains(&t.lower.as_str()) || t.text == "V");
                out.push(Candidate { start, end, tok_start: start_tok, tok_end: j, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization }, weak });
            } else if (2..=5).contains(&n) {
                let words: Vec<&Token> = toks[start_tok..j].iter().collect();
                let name: String = text.slice(words[0].start, words[words.len() - 1].end);
                let has_org_word = words.iter().any(|w| ORG_WORDS.contains(&w.lower.as_str()));
                let prev = start_tok.checked_sub(1).map(|p| toks[p].lower.trim_end_matches('.').to_string());
                let titled = prev.as_ref().is_some_and(|p| titles.contains(p) || matches!(p.as_str(), "to" | "selon" | "laut" | "según" | "secondo" | "après" | "so"));
                let apposition = toks.get(j).is_some_and(|t| t.text == ",") && toks.get(j + 1).is_some_and(|t| t.is_word && !t.is_capitalised());
                let near_cue = (j..(j + 3).min(toks.len())).chain(start_tok.saturating_sub(5)..start_tok).any(|k| is_cue(text, k).is_some());
                let after_comma = start_tok > 0 && toks[start_tok - 1].text == ",";
                // The surname alone next to a cue elsewhere ("…», so Krüger") confirms a person.
                let surname = &words[words.len() - 1].text;
                let surname_speaks = near_a_cue.contains(surname.as_str());
                // "Sally Wasef of Griffith University": a known given name opens a person's name.
                let given_name = res.first_names.contains_key(words[0].text.as_str());
                let kind = if is_law_title(&words[0].lower, &words[words.len() - 1].lower) {
                    None
                } else if has_org_word {
                    Some(ActorKind::Organization)
                } else if n <= 4 && (titled || apposition || near_cue || surname_speaks || given_name || (after_comma && j == toks.len()) || (after_comma && toks.get(j).is_some_and(|t| !t.is_word))) {
                    Some(ActorKind::Person)
                } else {
                    None
                };
                if let Some(kind) = kind {
                    // A person's name is the end of the run: given name, particles,
                    // surname. German capitalises the role before it
                    // ("Stadtsprecherin Marion Linnenbrink", "HDE-Präsident Alexander von Preen").
                    let first = if kind == ActorKind::Person { person_name_start(toks, start_tok, j) } else { start_tok };
                    let name = if first == start_tok { name } else { text.slice(toks[first].start, toks[j - 1].end) };
                    out.push(Candidate {
                        start: toks[first].start,
                        end: toks[j - 1].end,
                        tok_start: first,
                        tok_end: j,
                        referent: Referent::Named { name, kind },
                        weak: false,
                    });
                }
            }
            i = j;
        }
        out
    }
}

/// Lower-cased nouns of the German descriptions of organisations ("firma",
/// "plattform", "verein"…), which German capitalises before a name; empty for
/// other languages, where a capitalised run does not start with them.
pub(crate) fn organisation_description_nouns(res: &Resources, lang: &str) -> std::collections::HashSet<String> {
    if lang != "de" {
        return Default::default();
    }
    res.descriptions
        .iter()
        .filter(|d| !d.kind.contains(&ActorKind::Person))
        .flat_map(|d| d.forms.get("de").into_iter().flatten())
        .filter_map(|form| form.split_whitespace().last().map(str::to_lowercase))
        .collect()
}

/// Whether a capitalised name with these first and last (lower-cased) words
/// names a law, which is not an actor: "Investigatory Powers Act",
/// "IT-Sicherheitsgesetz", "Loi Renseignement", "Ley Orgánica".
pub(crate) fn is_law_title(first_word: &str, last_word: &str) -> bool {
    const HEADS: &[&str] = &["loi", "décret", "règlement", "ley", "reglamento", "directiva", "decreto", "legge", "regolamento", "direttiva", "directive"];
    matches!(
        last_word,
        "act" | "bill" | "directive" | "regulation" | "treaty" | "convention" | "code" | "gesetz" | "verordnung" | "richtlinie"
    ) || last_word.ends_with("gesetz")
        || HEADS.contains(&first_word)
}

/// First token of a person's name inside the capitalised run `[start, end)`:
/// the surname, the particles before it, and one given name.
fn person_name_start(toks: &[Token], start: usize, end: usize) -> usize {
    if end - start <= 2 {
        return start;
    }
    let mut k = end - 1; // surname
    while k > start && NAME_PARTICLES.contains(&toks[k - 1].lower.as_str()) {
        k -= 1;
    }
    while k >= start + 2 && is_initial(toks, k - 2) {
        k -= 2; // middle initials
    }
    if k > start {
        k -= 1; // given name
    }
    k
}

/// Token `k` is an initial: one capital letter followed by a full stop.
fn is_initial(toks: &[Token], k: usize) -> bool {
    let mut letters = toks[k].text.chars();
    matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase()) && toks.get(k + 1).is_some_and(|t| t.text == ".")
}

pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "le" | "la" | "les" | "l" | "un" | "une" | "des" | "du" | "the" | "a" | "an" | "der" | "die" | "das" | "ein" | "eine" | "el" | "los" | "las" | "il" | "lo" | "gli" | "i" | "selon" | "according" | "laut" | "según" | "secondo" | "pour" | "for" | "but" | "mais" | "et" | "and" | "und" | "y" | "e" | "ma" | "pero" | "aber"
            // Sentence-initial prepositions and adverbs: "In Virginia, …", "Im Bundestag …".
            | "in" | "on" | "at" | "from" | "with" | "after" | "before" | "during" | "under" | "since" | "when" | "while" | "if" | "as" | "by"
            | "dans" | "en" | "à" | "au" | "aux" | "depuis" | "après" | "avant" | "chez" | "sur" | "avec" | "lors" | "quand"
            | "im" | "am" | "auf" | "nach" | "bei" | "mit" | "seit" | "vor" | "für" | "wenn" | "als"
            | "desde" | "tras" | "con" | "sobre" | "cuando" | "nel" | "nella" | "dopo" | "prima" | "su" | "quando"
            // Sentence-initial conjunctions and connectives: "Although Hong Kong …", "Obwohl Berlin …".
            | "although" | "though" | "because" | "however" | "meanwhile" | "whereas" | "obwohl" | "weil" | "jedoch"
            | "bien" | "alors" | "cependant" | "pourtant" | "aunque" | "porque" | "sebbene" | "benché" | "perché" | "però" | "intanto"
    )
}

/// The cue verb starting at token `k`, from the table computed once per document.
pub(crate) fn is_cue(text: &Text, k: usize) -> Option<(usize, resources::CueKind)> {
    text.cues.get(k).copied().flatten()
}

/// A cue verb at token `k` (possibly several words); returns (end token, kind).
pub(crate) fn cue_at_token(res: &Resources, lang: &str, toks: &[Token], k: usize) -> Option<(usize, resources::CueKind)> {
    let lex = res.cues.get(lang)?;
    // French inversion keeps verb and pronoun in one token: "dit-elle", "ajoute-t-il".
    if let Some((verb, _)) = toks.get(k)?.lower.split_once('-') {
        if let Some(kind) = lex.verb_forms.get(verb) {
            return Some((k + 1, *kind));
        }
    }
    let mut best = None;
    let mut phrase = String::new();
    for (n, t) in toks.iter().enumerate().skip(k).take(4) {
        if n > k && !(t.text == "'" || phrase.ends_with('\'')) {
            phrase.push(' ');
        }
        phrase.push_str(&t.lower);
        if let Some(kind) = lex.verb_forms.get(&phrase) {
            best = Some((n + 1, *kind));
        }
    }
    best
}

/// "Parliament of Australia", "Universidad Politécnica de Madrid": an
/// organisation word or name, a connector and a place the gazetteer took
/// are one organisation, not an organisation and a country.
pub(crate) fn join_organisations_of_places(cands: &mut Vec<Candidate>, text: &Text) {
    let toks = &text.tokens;
    let mut k = 0;
    while k < cands.len() {
        let place = &cands[k];
        let p = place.tok_start;
        let is_place = matches!(place.referent, Referent::Place(_));
        let joined = is_place && p >= 2 && matches!(toks[p - 1].lower.as_str(), "of" | "de" | "di" | "del" | "du" | "von");
        // "Imperial College London", "Deutsche Bank Frankfurt": the place ends the name.
        if is_place && !joined && p >= 1 {
            let named_head = cands.iter().position(|c| c.tok_end == p && matches!(c.referent, Referent::Named { kind: ActorKind::Organization, .. }) && ORG_WORDS.contains(&toks[p - 1].lower.as_str()));
            let head_start = named_head.map(|h| cands[h].tok_start).or_else(|| organisation_words_before(cands, text, p));
            let Some(head_start) = head_start else {
                k += 1;
                continue;
            };
            let (start, end, tok_end) = (toks[head_start].start, place.end, place.tok_end);
            cands[k] = Candidate { start, end, tok_start: head_start, tok_end, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization }, weak: false };
            if let Some(h) = named_head {
                cands.remove(h);
            }
            cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
            k = 0;
            continue;
        }
        if !joined {
            k += 1;
            continue;
        }
        // The head: an organisation the rules named, ending at the connector, or one organisation word.
        let head = cands.iter().position(|c| c.tok_end == p - 1 && matches!(c.referent, Referent::Named { kind: ActorKind::Organization, .. }));
        let head_start = match head {
            Some(h) => cands[h].tok_start,
            None if toks[p - 2].is_capitalised() && ORG_WORDS.contains(&toks[p - 2].lower.as_str()) && !cands.iter().any(|c| c.tok_start <= p - 2 && p - 2 < c.tok_end) => p - 2,
            None => {
                k += 1;
                continue;
            }
        };
        let (start, end, tok_end) = (toks[head_start].start, place.end, place.tok_end);
        let merged = Candidate { start, end, tok_start: head_start, tok_end, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization }, weak: false };
        cands.remove(k);
        if let Some(h) = head {
            cands.remove(h);
        }
        cands.push(merged);
        cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        k = 0;
    }
}

/// The first token of a run of capitalised words no candidate covers that
/// ends right before token `p` with an organisation word ("Imperial College").
fn organisation_words_before(cands: &[Candidate], text: &Text, p: usize) -> Option<usize> {
    let toks = &text.tokens;
    let free = |j: usize| !cands.iter().any(|c| c.tok_start <= j && j < c.tok_end);
    let name_word = |j: usize| toks[j].is_word && toks[j].is_capitalised() && !is_function_word(&toks[j].lower) && free(j);
    if !(name_word(p - 1) && ORG_WORDS.contains(&toks[p - 1].lower.as_str())) {
        return None;
    }
    let mut a = p - 1;
    while a > 0 && p - a < 4 && name_word(a - 1) {
        a -= 1;
    }
    Some(a)
}

/// Per token, whether a candidate covers it.
pub(crate) fn covered_tokens(cands: &[Candidate], tokens: usize) -> Vec<bool> {
    let mut covered = vec![false; tokens];
    for c in cands {
        covered[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
    }
    covered
}

/// The surname of a full name: its last word before a generational suffix
/// ("Floyd Mayweather Jr." → "Mayweather").
fn surname_of(name: &str) -> Option<&str> {
    name.split_whitespace().rev().find(|w| !matches!(w.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV"))
}

/// A later surname-only mention ("Woodward") of a detected full name links to it,
/// whether a detector found it as a one-word name or nothing found it.
pub(crate) fn link_surnames(cands: &mut Vec<Candidate>, text: &Text, titles: &crate::tidy::Titles) {
    use std::collections::HashMap;
    // A one-word person name that is the surname of a full name in the same
    // text is that person (a model tags "Natarajan" on its own). With two
    // full names sharing it, the nearest one before wins.
    let mut full_names: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for c in cands.iter() {
        if let Referent::Named { name, kind: ActorKind::Person } = &c.referent {
            if let (true, Some(surname)) = (name.split_whitespace().count() >= 2, surname_of(name)) {
                full_names.entry(surname.to_string()).or_default().push((c.start, name.clone()));
            }
        }
    }
    for c in cands.iter_mut() {
        // A one-word name a model called an organisation, or a registry word
        // ("Hollande" beside "François Hollande"), is that person's surname too.
        let word = match &c.referent {
            Referent::Named { name, kind: ActorKind::Person } => name.as_str(),
            Referent::Named { .. } | Referent::Registry(_) | Referent::Place(_) if c.tok_end == c.tok_start + 1 => text.tokens[c.tok_start].text.as_str(),
            _ => continue,
        };
        let Some(same_surname) = full_names.get(word) else { continue };
        let best = same_surname.iter().rfind(|(at, _)| *at < c.start).or_else(|| same_surname.first());
        if let Some((_, full)) = best {
            c.referent = Referent::Named { name: full.clone(), kind: ActorKind::Person };
        }
    }
    // A model's one-word person that is nobody's surname is too often a
    // company or a place ("founder of Kestrel"): news name people in full first.
    cands.retain(|c| !(c.weak && matches!(&c.referent, Referent::Named { name, kind: ActorKind::Person } if name.split_whitespace().count() == 1)));
    // Surname → the first full name with it.
    let mut people: HashMap<&str, &str> = HashMap::new();
    for c in cands.iter() {
        if let Referent::Named { name, kind: ActorKind::Person } = &c.referent {
            if let Some(surname) = surname_of(name) {
                people.entry(surname).or_insert(name.as_str());
            }
        }
    }
    if people.is_empty() {
        return;
    }
    let covered = covered_tokens(cands, text.tokens.len());
    let mut extra = Vec::new();
    for (ti, t) in text.tokens.iter().enumerate() {
        // "Hong Kong" is no mention of a "Kong": the surname stands alone or
        // after a title ("Präsident Macron", "CSU-Chef Söder").
        let in_a_name = ti > 0 && {
            let before = &text.tokens[ti - 1];
            before.is_word && before.is_capitalised() && !before.text.contains('-') && !titles.is_title(before)
        };
        if let (Some(full), false, false) = (people.get(t.text.as_str()), covered[ti], in_a_name) {
            extra.push(Candidate { start: t.start, end: t.end, tok_start: ti, tok_end: ti + 1, referent: Referent::Named { name: full.to_string(), kind: ActorKind::Person }, weak: false });
        }
    }
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
}
