//! Names that speak: a capitalised word right before a cue verb ("TVN24
//! reported", "Earlier, Febelfin said", "Polsat a indiqué") is the name of
//! whoever speaks, even where neither the registry nor a detector knows it.
//! Without it such reports get no actor at all.
//!
//! Only names a reader cannot take for a common word are kept: one with a
//! digit or a capital inside ("TVN24", "PG&E", "NHS"), or one the text
//! writes capitalised inside a sentence and never in lower case. German
//! capitalises every noun ("Experten sagten"), so there only the first kind
//! counts.

use crate::names::{Candidate, Referent, NAME_PARTICLES};
use crate::resources::Resources;
use crate::text::{Text, Token};
use crate::tidy::Titles;
use dossier_core::ActorKind;
use std::collections::HashSet;

/// Candidates for the capitalised words right before a cue verb that no
/// candidate in `cands` covers.
pub(crate) fn names_before_cues(text: &Text, lang: &str, cands: &[Candidate], res: &Resources) -> Vec<Candidate> {
    let toks = &text.tokens;
    let covered = crate::names::covered_tokens(cands, toks.len());
    let evidence = Evidence::new(text);
    let skippable = |t: &Token| is_auxiliary_or_adverb(res, lang, t);
    let mut out: Vec<Candidate> = Vec::new();
    for k in (1..toks.len()).filter(|&k| text.cues.get(k).is_some_and(Option::is_some)) {
        // "Febelfin a déclaré", "TVN24 has reported": step over auxiliaries.
        let mut end = k;
        while end > 0 && end + 2 >= k && skippable(&toks[end - 1]) {
            end -= 1;
        }
        // "Il portavoce dei Talibani, Dudallah, ha affermato": a name closing an apposition.
        let apposition = end >= 2 && toks[end - 1].text == "," && is_name_word(&toks[end - 2]);
        // "dal Teatro della Pergola, che ha twittato": the name a relative clause hangs on.
        let relative = end >= 3 && crate::syntax::is_relative(&toks[end - 1].lower) && toks[end - 2].text == "," && is_name_word(&toks[end - 3]);
        if relative {
            end -= 2;
        } else if apposition {
            end -= 1;
        }
        let mut start = end;
        // Name particles inside, not at the edges: "Teatro della Pergola".
        let particle_inside = |j: usize| j >= 2 && NAME_PARTICLES.contains(&toks[j - 1].lower.as_str()) && is_name_word(&toks[j - 2]);
        while start > 0 && !covered[start - 1] && (is_name_word(&toks[start - 1]) || particle_inside(start)) {
            start -= 1;
        }
        if apposition && (start == 0 || toks[start - 1].text != ",") {
            continue;
        }
        // "Ensuite Febelfin a déclaré": a capitalised adverb opening the sentence is no part of the name.
        while start < end && !evidence.names_something(text, start, lang) {
            start += 1;
        }
        let name_ok = start < end && end - start <= 4 && (start..end).all(|j| NAME_PARTICLES.contains(&toks[j].lower.as_str()) || evidence.names_something(text, j, lang));
        if !name_ok || out.last().is_some_and(|c| c.tok_end > start) {
            continue;
        }
        // "del Consiglio Enrico Letta ha detto": the institution before the given name is no part of it.
        let start = crate::tidy::given_name_start(toks, start, end, &res.first_names);
        let (s, e) = (toks[start].start, toks[end - 1].end);
        let kind = if end - start >= 2 && res.first_names.contains_key(toks[start].text.as_str()) { ActorKind::Person } else { ActorKind::Organization };
        // "Robert O′Brien … O′Brien nannte": a surname alone is the person named before.
        let surname_of = (end - start == 1).then(|| cands.iter().find(|c| is_named_person(c) && c.tok_end - c.tok_start >= 2 && toks[c.tok_end - 1].text == toks[start].text)).flatten();
        let referent = surname_of.map(|c| c.referent.clone()).unwrap_or_else(|| Referent::Named { name: text.slice(s, e), kind });
        out.push(Candidate { start: s, end: e, tok_start: start, tok_end: end, referent, weak: false });
    }
    out
}

/// Candidates for the capitalised words right after a cue verb that follows
/// a quotation ("», a ensuite précisé Febelfin", "”, said Johansson",
/// "“, sagte Ylva Johansson"): the inverted subject of the cue. In German a
/// name there must open with a known given name or carry a mark (a digit, an
/// inner capital), since every noun is capitalised.
///
/// A model's guess already standing there speaks, so it is no longer weak
/// (a weak one-word person is otherwise dropped as nobody's surname).
pub(crate) fn names_after_quoted_cues(text: &Text, lang: &str, cands: &mut [Candidate], res: &Resources, titles: &Titles) -> Vec<Candidate> {
    let toks = &text.tokens;
    let covered = crate::names::covered_tokens(cands, toks.len());
    let evidence = Evidence::new(text);
    let skippable = |t: &Token| is_auxiliary_or_adverb(res, lang, t);
    let mut out: Vec<Candidate> = Vec::new();
    for (k, cue) in text.cues.iter().enumerate() {
        let Some((cue_end, _)) = *cue else { continue };
        // Only right after the quotation: "», a précisé", "”, said", "“, sagte".
        let mut j = k;
        while j > 0 && j + 3 > k && skippable(&toks[j - 1]) {
            j -= 1;
        }
        let after_quote = (j.saturating_sub(3)..j).any(|i| crate::quotes::is_quote_mark(&toks[i].text));
        // "said Dr. Livermore": a title is no name.
        if toks.get(cue_end).is_none_or(|t| titles.is_title(t)) {
            continue;
        }
        let whole = |c: &Candidate| toks.get(c.tok_end).is_none_or(|t| !t.is_capitalised());
        if let Some(guess) = cands.iter_mut().find(|c| c.weak && c.tok_start == cue_end && whole(c) && matches!(c.referent, Referent::Named { .. })).filter(|_| after_quote) {
            guess.weak = false;
            continue;
        }
        let mut end = cue_end;
        while end < toks.len() && end < cue_end + 4 && is_name_word(&toks[end]) && !covered[end] {
            end += 1;
        }
        // "said Dr Livermore", "Météo France": a run that goes on into a candidate is part of that name.
        let runs_on = end < toks.len() && covered[end] && toks[end].is_capitalised();
        if !after_quote || end == cue_end || runs_on || out.last().is_some_and(|c| c.tok_end > cue_end) {
            continue;
        }
        let given_name = res.first_names.contains_key(toks[cue_end].text.as_str());
        let name_ok = if lang == "de" { given_name || (cue_end..end).all(|i| evidence.names_something(text, i, lang)) } else { (cue_end..end).all(|i| evidence.names_something(text, i, lang)) };
        if !name_ok {
            continue;
        }
        let (s, e) = (toks[cue_end].start, toks[end - 1].end);
        let kind = if end - cue_end >= 2 && given_name { ActorKind::Person } else { ActorKind::Organization };
        out.push(Candidate { start: s, end: e, tok_start: cue_end, tok_end: end, referent: Referent::Named { name: text.slice(s, e), kind }, weak: false });
    }
    out
}

/// An auxiliary or adverb that may stand between a name and its cue ("a ensuite précisé").
fn is_auxiliary_or_adverb(res: &Resources, lang: &str, t: &Token) -> bool {
    res.cues.get(lang).is_some_and(|c| c.auxiliaries.iter().chain(&c.adverbs).any(|w| *w == t.lower))
}

fn is_named_person(c: &Candidate) -> bool {
    matches!(c.referent, Referent::Named { kind: ActorKind::Person, .. })
}

/// A word that can be part of a name: capitalised, not a function word.
fn is_name_word(t: &Token) -> bool {
    t.is_word && t.is_capitalised() && !crate::names::is_function_word(&t.lower)
}

/// What the whole text says about its capitalised words.
struct Evidence<'a> {
    /// Words the text writes in lower case somewhere.
    lower_case: HashSet<&'a str>,
    /// Tokens that open a sentence.
    sentence_starts: HashSet<usize>,
    /// Words the text writes capitalised inside a sentence.
    capitalised_inside: HashSet<&'a str>,
}

impl<'a> Evidence<'a> {
    fn new(text: &'a Text) -> Evidence<'a> {
        let sentence_starts: HashSet<usize> = text.sentences.iter().map(|s| s.tok_start).collect();
        let after_quote_or_colon = |j: usize| j > 0 && matches!(text.tokens[j - 1].text.as_str(), "«" | "“" | "„" | "\"" | ":" | "(" | "-" | "–" | "—");
        Evidence {
            lower_case: text.tokens.iter().filter(|t| t.is_word && t.text == t.lower).map(|t| t.lower.as_str()).collect(),
            capitalised_inside: (0..text.tokens.len())
                .filter(|&j| text.tokens[j].is_capitalised() && !sentence_starts.contains(&j) && !after_quote_or_colon(j))
                .map(|j| text.tokens[j].text.as_str())
                .collect(),
            sentence_starts,
        }
    }

    /// Whether token `j` reads as (part of) a name rather than a common word.
    fn names_something(&self, text: &Text, j: usize, lang: &str) -> bool {
        let t = &text.tokens[j];
        // A capital after a hyphen opens a compound's next noun ("Kaukasus-Staat"), not a name.
        let chars: Vec<char> = t.text.chars().collect();
        let marked = (1..chars.len()).any(|i| (chars[i].is_uppercase() && chars[i - 1] != '-') || chars[i].is_ascii_digit() || chars[i] == '&');
        if marked || lang == "de" {
            return marked;
        }
        !self.lower_case.contains(t.lower.as_str()) && (self.capitalised_inside.contains(t.text.as_str()) || !self.sentence_starts.contains(&j))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(lang: &str, text: &str) -> Vec<String> {
        let res = Resources::embedded().expect("embedded resources");
        let mut text = Text::new(text);
        text.cues = (0..text.tokens.len()).map(|k| crate::names::cue_at_token(&res, lang, &text.tokens, k)).collect();
        names_before_cues(&text, lang, &[], &res)
            .into_iter()
            .map(|c| match c.referent {
                Referent::Named { name, .. } => name,
                _ => String::new(),
            })
            .collect()
    }

    #[test]
    fn a_capitalised_subject_of_a_cue_is_a_name() {
        assert_eq!(names("en", "The mayor was stabbed. TVN24 reported that he received surgery."), ["TVN24"]);
        assert_eq!(names("en", "Earlier, Febelfin said that the banks were safe."), ["Febelfin"]);
        assert_eq!(names("fr", "La banque a été piratée. Ensuite Febelfin a déclaré que tout va bien."), ["Febelfin"]);
        assert_eq!(names("it", "Il portavoce dei Talibani, Dudallah, ha affermato che è vivo."), ["Dudallah"]);
        assert_eq!(names("it", "Cordoglio è stato espresso dal Teatro della Pergola, che ha twittato: «Non ci sono parole»."), ["Teatro della Pergola"]);
        assert_eq!(names("it", "Il presidente del Consiglio Enrico Letta ha detto che è triste."), ["Enrico Letta"]);
    }

    fn names_after(lang: &str, text: &str) -> Vec<String> {
        let res = Resources::embedded().expect("embedded resources");
        let mut text = Text::new(text);
        text.cues = (0..text.tokens.len()).map(|k| crate::names::cue_at_token(&res, lang, &text.tokens, k)).collect();
        names_after_quoted_cues(&text, lang, &mut [], &res, &Titles::new(&res)).into_iter().map(|c| text.slice(c.start, c.end)).collect()
    }

    #[test]
    fn a_capitalised_word_after_a_quotation_and_its_cue_is_a_name() {
        assert_eq!(names_after("en", "He left. \"We will not back down,\" said Johansson."), ["Johansson"]);
        assert_eq!(names_after("fr", "La banque va bien. « La sécurité est l'affaire de tous » a ensuite précisé Febelfin."), ["Febelfin"]);
        assert_eq!(names_after("de", "Sie kam. „Wir bleiben“, sagte Ylva Johansson am Montag."), ["Ylva Johansson"]);
        // A German noun, and a cue that follows no quotation.
        assert!(names_after("de", "Sie kam. „Wir bleiben“, sagte Sonntag ein Sprecher.").is_empty());
        assert!(names_after("en", "The minister said Parliament would vote.").is_empty());
    }

    #[test]
    fn common_words_at_a_sentence_start_and_german_nouns_are_not() {
        assert!(names("en", "Officials said that the road was closed.").is_empty());
        assert!(names("en", "Police said the officials were safe. The police left.").is_empty());
        assert!(names("de", "Die Ermittler sagten, der Täter sei geflohen.").is_empty());
        assert!(names("de", "Der Kaukasus-Staat erklärte, alles sei korrekt.").is_empty());
        assert_eq!(names("de", "Der Sender berichtete live. TVN24 sagte, es sei vorbei."), ["TVN24"]);
    }
}
