//! Who said it: the speaker of a quotation or a claim, from the tokens
//! around it — a cue verb before or after, "according to X", the subject of a
//! clause (also across an apposition or "X of ORG"), and how sure each way
//! is. `quotes.rs` and `claims.rs` find the statements and ask this module.

use crate::resources::{CueKind, Resources};
use crate::text::Text;
use crate::quotes::{is_quote_mark, quotation_pairs};
use crate::{is_cue, Candidate};

pub struct Context<'a> {
    pub text: &'a Text,
    pub res: &'a Resources,
    pub lang: &'a str,
    pub cands: &'a [Candidate],
    /// Char spans inside quotation marks: names there are quoted, not speakers.
    pub quoted: Vec<(usize, usize)>,
    /// Dependency parses of the sentences attribution asks about.
    pub(crate) parses: crate::syntax::Parses<'a>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a Text, res: &'a Resources, lang: &'a str, cands: &'a [Candidate], syntax: Option<&'a dossier_syntax::SyntaxModel>) -> Context<'a> {
        Context { text, res, lang, cands, quoted: quoted_spans(text), parses: crate::syntax::Parses::new(syntax, text, lang) }
    }
}

/// Char spans inside quotations of a few words or more: the names there are
/// quoted, not speakers, and the pronouns belong to the quoted speech. Scare
/// quotes around a term ("« Chat Control »") may hold an actor's name.
pub(crate) fn quoted_spans(text: &Text) -> Vec<(usize, usize)> {
    quotation_pairs(text)
        .into_iter()
        .filter(|(o, c)| text.chars[o + 1..*c].iter().filter(|ch| ch.is_whitespace()).count() >= 3)
        .map(|(o, c)| (o + 1, c))
        .collect()
}

/// A quote or claim found: content span, speaker candidate, cue span.
#[derive(Debug, Clone)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<usize>,
    pub cue: Option<(usize, usize)>,
    /// How the speaker was found, as a confidence in 0..=1 (see [`Confidence`]).
    pub confidence: f64,
}

/// How sure an attribution is, by the way it was made: ordered by how
/// directly the text names the speaker (a cue verb next to the name, a clause
/// subject, an earlier sentence, the last person seen). A ranking, not a
/// calibrated probability.
pub struct Confidence;

impl Confidence {
    /// A cue verb next to the quotation or the clause, or "according to X".
    pub const CUE: f64 = 0.9;
    /// The subject of a clause ending in a colon, an opinion "Pour X, …", or a
    /// continuation in the reportative mood.
    pub const CLAUSE: f64 = 0.7;
    /// Carried over from the previous sentence or quotation.
    pub const CARRIED: f64 = 0.6;
    /// Pro-drop: the most recent person ("», ha aggiunto.").
    pub const RECENT_PERSON: f64 = 0.5;
}

impl Context<'_> {
    /// Whether candidate `ci` names a person: a detected person's name or a
    /// person of the registry ("Yvette Cooper").
    pub(crate) fn is_person(&self, ci: usize) -> bool {
        match self.cands[ci].referent {
            crate::Referent::Named { kind, .. } => kind == dossier_core::ActorKind::Person,
            crate::Referent::Registry(i) => self.res.actors[i].kind == dossier_core::ActorKind::Person,
            _ => false,
        }
    }

    /// The last person named before char `pos` (a pro-drop speaker).
    pub(crate) fn last_person_before(&self, pos: usize) -> Option<usize> {
        (0..self.cands.len()).rev().find(|&ci| self.cands[ci].end <= pos && self.is_person(ci) && !self.quoted.iter().any(|(a, b)| *a <= self.cands[ci].start && self.cands[ci].end <= *b))
    }

    /// Candidate speakers among tokens `[from_tok, to_tok)`: not inside quotation
    /// marks, and not a place after a locative ("am Mittwoch in Berlin").
    pub(crate) fn cands_in(&self, from_tok: usize, to_tok: usize) -> impl Iterator<Item = usize> + '_ {
        let toks = &self.text.tokens;
        let locatives = crate::resource_list(self.res, self.lang, |c| &c.locatives);
        self.cands
            .iter()
            .enumerate()
            .filter(move |(_, c)| c.tok_start >= from_tok && c.tok_end <= to_tok)
            .filter(move |(_, c)| !self.quoted.iter().any(|(a, b)| *a <= c.start && c.end <= *b))
            .filter(move |(_, c)| {
                !(matches!(c.referent, crate::Referent::Place(_))
                    && c.tok_start > 0
                    && locatives.iter().any(|l| *l == toks[c.tok_start - 1].lower))
            })
            .map(|(i, _)| i)
    }

    /// Whether candidate `ci` follows a preposition that makes it the medium
    /// or place of a statement ("auf Twitter", "on the BBC"): no speaker.
    pub(crate) fn is_oblique(&self, ci: usize) -> bool {
        let toks = &self.text.tokens;
        let mut k = self.cands[ci].tok_start;
        if k > 0 && crate::quotes::is_article(&toks[k - 1].lower) {
            k -= 1;
        }
        k > 0 && crate::resource_list(self.res, self.lang, |c| &c.oblique_prepositions).contains(&toks[k - 1].lower)
    }

    /// The subject of a cue at token `cue`: the last mention before it, skipping
    /// an apposition between commas ("Marco Bellini, docente al Politecnico, ha detto").
    pub(crate) fn subject_before(&self, from: usize, cue: usize) -> Option<usize> {
        let toks = &self.text.tokens;
        // "X criticised Y, saying …": a gerund's subject is the clause's, not Y.
        if self.is_gerund_after_comma(from, cue) {
            // The clause may open before an earlier quotation in the sentence:
            // "Le Figaro annonce que … « … » le grand reporter, en évoquant une « … »".
            let sentence_from = self.text.sentence_at(toks[cue].start).map_or(from, |si| self.text.sentences[si].tok_start.min(from));
            let subject = self.clause_subject(from, cue).or_else(|| self.clause_subject(sentence_from, cue));
            if let Some(ci) = subject.filter(|&ci| !matches!(self.cands[ci].referent, crate::Referent::Place(_))) {
                return Some(ci);
            }
        }
        // "Julien Ferrand, cofondateur de …, qui développe …, redoute": a clause
        // opening with a person or known actor and a comma is about that actor.
        if let Some(first) = self.cands_in(from, (from + 4).min(cue)).next() {
            let c = &self.cands[first];
            let is_actor = matches!(c.referent, crate::Referent::Registry(_))
                || matches!(c.referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. });
            let comma_after = toks.get(c.tok_end).is_some_and(|t| t.text == ",");
            let direct = self.cands_in(c.tok_end, cue).any(|ci| self.cands[ci].tok_end == cue);
            // "Dal M5S, arriva l'attacco di Beppe Grillo": where it comes from, not who.
            let source_of = c.tok_start > 0 && matches!(toks[c.tok_start - 1].lower.as_str(), "da" | "dal" | "dalla" | "dai" | "dagli" | "dalle" | "from" | "von" | "vom" | "desde");
            if is_actor && comma_after && !direct && !source_of && cue > c.tok_end + 3 {
                return Some(first);
            }
        }
        let mut j = cue;
        while j > from && toks[j - 1].is_word && !toks[j - 1].is_capitalised() {
            j -= 1;
        }
        if j > from && toks[j - 1].text == "," {
            if let Some(p) = (from..j - 1).rev().find(|&p| toks[p].text == ",") {
                // "La directora …, Carmen Villalba, aseguró": the name in the apposition speaks.
                let named = self.cands_in(p + 1, j - 1).find(|&ci| matches!(self.cands[ci].referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. }) || matches!(self.cands[ci].referent, crate::Referent::Registry(_)));
                if let Some(ci) = named.or_else(|| self.cands_in(from, p).last()) {
                    return Some(ci);
                }
            }
        }
        let last = self.cands_in(from, cue).filter(|&ci| !self.is_oblique(ci)).last().filter(|&ci| self.cands[ci].tok_end + 5 >= j)?;
        Some(self.person_of_organisation(from, last))
    }

    /// "said Apple chief executive Tim Cook", "a déclaré le PDG de Proton, Andy
    /// Yen": an organisation followed within a few role words by a person is
    /// the person's employer; the person speaks.
    pub(crate) fn person_after_organisation(&self, ci: usize, to: usize) -> usize {
        let c = &self.cands[ci];
        let is_person = |k: usize| self.is_person(k);
        if is_person(ci) {
            return ci;
        }
        let toks = &self.text.tokens;
        self.cands_in(c.tok_end, (c.tok_end + 5).min(to))
            .next()
            .filter(|&p| is_person(p) && !toks[c.tok_end..self.cands[p].tok_start].iter().any(|t| matches!(t.text.as_str(), "." | ";" | ":")))
            .unwrap_or(ci)
    }

    /// "Dr. Steven Wolf at Saint Francis said", "Jennifer Lu of Marriage
    /// Equality Coalition Taiwan said": an organisation joined by of/at/from
    /// to the person before it is where that person works; the person speaks.
    pub(crate) fn person_of_organisation(&self, from: usize, ci: usize) -> usize {
        let toks = &self.text.tokens;
        let is_person = |k: usize| self.is_person(k);
        // "the World Health Organization (WHO)": the acronym restates the name before it.
        let restated = (ci > 0 && self.cands[ci].tok_start >= 1 && toks[self.cands[ci].tok_start - 1].text == "(").then(|| ci - 1).filter(|&p| self.cands[p].tok_end + 1 == self.cands[ci].tok_start);
        let ci = restated.unwrap_or(ci);
        let c = &self.cands[ci];
        if is_person(ci) || c.tok_start < from + 2 {
            return ci;
        }
        let mut k = c.tok_start - 1;
        // "of Australia's Griffith University": a possessive place before the
        // organisation (the tokens are "Australia", "'", "s").
        if k > from + 3 && toks[k].lower == "s" && toks[k - 1].text == "'" {
            k -= 3;
        }
        // "Mike Ryan of the World Health Organization".
        if k > from + 1 && crate::quotes::is_article(&toks[k].lower) {
            k -= 1;
        }
        if !matches!(toks[k].lower.as_str(), "of" | "at" | "from" | "de" | "du" | "von" | "vom" | "der" | "di" | "del" | "della" | "bei" | "with") {
            return ci;
        }
        self.cands_in(from, k).last().filter(|&p| is_person(p) && self.cands[p].tok_end + 2 >= k).unwrap_or(ci)
    }

    /// The source named by a sentence-initial "Pour/Para/Für/Per X," or
    /// "Selon/According to X," in tokens `[from, to)`.
    pub(crate) fn opinion_source(&self, from: usize, to: usize) -> Option<usize> {
        let toks = &self.text.tokens;
        let after = if from < to && is_opinion_opener(&toks[from].lower) {
            from + 1
        } else {
            self.according_at(from).filter(|e| *e <= to)?
        };
        self.cands_in(after, (after + 4).min(to)).next().filter(|&ci| toks.get(self.cands[ci].tok_end).is_some_and(|t| t.text == ","))
    }

    /// "il presidente dell'Anm", "a spokesperson for the Home Office": a role
    /// description followed closely by an organisation speaks for that organisation.
    pub(crate) fn genitive_owner(&self, ci: usize, to: usize) -> usize {
        let c = &self.cands[ci];
        if !matches!(c.referent, crate::Referent::Description(_)) {
            return ci;
        }
        self.cands_in(c.tok_end, (c.tok_end + 4).min(to))
            .find(|&n| !matches!(self.cands[n].referent, crate::Referent::Pronoun(_)))
            .unwrap_or(ci)
    }

    /// First cue verb in tokens `[from, to)`: (token start, token end, kind).
    pub(crate) fn cue_in(&self, from: usize, to: usize) -> Option<(usize, usize, CueKind)> {
        (from..to).find_map(|k| is_cue(self.text, k).filter(|(e, _)| *e <= to).map(|(e, kind)| (k, e, kind)))
    }

    pub(crate) fn last_cue_in(&self, from: usize, to: usize) -> Option<(usize, usize, CueKind)> {
        (from..to).rev().find_map(|k| is_cue(self.text, k).filter(|(e, _)| *e <= to).map(|(e, kind)| (k, e, kind)))
    }

    pub(crate) fn tok_span(&self, from: usize, to: usize) -> (usize, usize) {
        (self.text.tokens[from].start, self.text.tokens[to - 1].end)
    }

    /// An "according to" marker at token `k`: its end token.
    pub(crate) fn according_at(&self, k: usize) -> Option<usize> {
        let toks = &self.text.tokens;
        let lex = self.res.cues.get(self.lang)?;
        let set_off = k > 0 && matches!(toks[k - 1].text.as_str(), "," | "»" | "”" | "“" | "\"");
        lex.according_words
            .iter()
            .filter(|w| set_off || !(w.len() == 1 && lex.according_to_after_comma.contains(&w[0])))
            .filter_map(|w| (k + w.len() <= toks.len() && w.iter().enumerate().all(|(i, x)| toks[k + i].lower == *x)).then_some(k + w.len()))
            .max()
    }

    /// Speaker of a quote from the text after its closing mark, in the same sentence:
    /// "», a indiqué l'entreprise", "”, said Tim Cook", "“, he said", "», Apple a déclaré".
    pub(crate) fn speaker_after(&self, from: usize, to: usize) -> Option<(Option<usize>, (usize, usize))> {
        let toks = &self.text.tokens;
        let mut k = from;
        while k < to && matches!(toks[k].text.as_str(), "," | "»" | "”" | "“" | "\"" | "-" | "–" | "—") {
            k += 1;
        }
        // "« … » et a menacé les auteurs": a second predicate of the subject
        // before the quotation, whose object is no speaker.
        // "…,” while Republican President Trump noted": a new clause, its own speaker.
        let new_clause = |w: &str| crate::resource_list(self.res, self.lang, |c| &c.coordinators).iter().chain(crate::resource_list(self.res, self.lang, |c| &c.clause_breaks)).any(|x| x == w);
        if k >= to || new_clause(&toks[k].lower) {
            return None;
        }
        if let Some(end) = self.according_at(k).filter(|e| *e <= to) {
            let source = self.prefer_syntactic_source((from, to), k, end, self.cands_in(end, (end + 4).min(to)).next());
            return Some((source, self.tok_span(k, end)));
        }
        let window = (k + 6).min(to);
        let (cs, ce, _) = self.cue_in(k, window)?;
        // "» le grand reporter, en évoquant …": a gerund clause of the
        // sentence's subject after more words, no inverted attribution.
        if self.is_gerund_after_comma(k, cs) {
            return None;
        }
        let before = self.cands_in(k, cs).last();
        // "dit-elle": the pronoun shares the cue's token.
        let inside = self.cands.iter().position(|c| c.tok_start == cs && c.tok_end == ce && cs + 1 == ce);
        let after = inside.or_else(|| self.cands_in(ce, (ce + 6).min(to)).find(|&ci| !self.is_oblique(ci))).map(|ci| self.person_after_organisation(self.genitive_owner(ci, to), to));
        Some((self.prefer_syntax((from, to), cs, ce, before.or(after)), self.tok_span(cs, ce)))
    }

    /// "Mohr lauded Blankenship's “…” and claimed …": a cue in a predicate
    /// coordinated after the quotation shares the subject of the clause
    /// before it (tokens `before`), which speaks.
    pub(crate) fn subject_of_coordinated_cue(&self, after: (usize, usize), before: (usize, usize)) -> Option<(Option<usize>, (usize, usize))> {
        let toks = &self.text.tokens;
        let k = (after.0..after.1).find(|&k| !matches!(toks[k].text.as_str(), "," | "»" | "”" | "“" | "\""))?;
        if !crate::resource_list(self.res, self.lang, |c| &c.coordinators).contains(&toks[k].lower) {
            return None;
        }
        let (cs, ce, _) = self.cue_in(k + 1, (k + 4).min(after.1))?;
        let subject = self.clause_subject(before.0, before.1)?;
        Some((Some(subject), self.tok_span(cs, ce)))
    }

    /// Speaker from the text before the opening mark: "X a déclaré : «",
    /// "X said: “", "Selon X, «", "déclare Apple : «", and a cue that governs
    /// the quote however long the clause ("Ex-Prime Minister Donald Tusk, the
    /// current President of the European Council, wrote “", "called the plan
    /// a “", "en affirmant que «"). After a colon with no cue ("Akli Gasmi, jeune
    /// berger, se rappelle :", "Le ministre a été clair :") the clause's subject speaks.
    pub(crate) fn speaker_before(&self, from: usize, to: usize) -> Option<(Option<usize>, (usize, usize))> {
        if to <= from {
            return None;
        }
        let toks = &self.text.tokens;
        let last = toks[to - 1].text.as_str();
        if let Some(k) = (from..to).find(|&k| self.according_at(k).is_some()) {
            let end = self.according_at(k)?;
            let speaker = self.prefer_syntactic_source((from, to), k, end, self.cands_in(end, to).next());
            return Some((speaker, self.tok_span(k, end)));
        }
        let ends_clause = matches!(last, ":" | ",");
        let announced = crate::resource_list(self.res, self.lang, |c| &c.quotation_nouns).contains(&toks[to - 1].text);
        match self.last_cue_in(from, to) {
            Some((cs, ce, _)) if ends_clause || to - from <= 12 || governs(toks, ce, to) => {
                let before = self.subject_before(from, cs);
                let after = self.cands_in(ce, to).find(|&ci| !self.is_oblique(ci) && !self.opens_reported_clause(ci));
                // German verb-second: "Während der Debatte beschrieb Senator X Bolton als „…“".
                let verb_second = self.lang == "de" && after.is_some_and(|ci| self.cands[ci].tok_start <= ce + 3) && self.cands_in(from, from + 1).next().is_none();
                let speaker = if verb_second || self.after_as(from, cs) { after.or(before) } else { before.or(after) };
                Some((self.prefer_syntax((from, to), cs, ce, speaker), self.tok_span(cs, ce)))
            }
            None if last == ":" => Some((self.clause_subject(from, to), (0, 0))),
            // "Celentano, che ha esordito con la frase «…»", "commented on her win with these words “…”".
            Some((cs, ce, _)) if announced => Some((self.prefer_syntax((from, to), cs, ce, self.subject_before(from, cs)), self.tok_span(cs, ce))),
            None if announced => Some((self.clause_subject(from, to), (0, 0))),
            _ => None,
        }
    }

    /// The agent of a passive clause in tokens `[from, to)`: the actor right
    /// after "by", "von der", "par", "dalla" in a clause with a passive
    /// auxiliary ("wurde von der oppositionellen Labour Party als „…“
    /// bezeichnet", "was described by the ministry as “…”").
    pub(crate) fn passive_agent(&self, from: usize, to: usize) -> Option<usize> {
        let toks = &self.text.tokens;
        let auxiliaries = crate::resource_list(self.res, self.lang, |c| &c.passive_auxiliaries);
        if !toks[from..to].iter().any(|t| auxiliaries.contains(&t.lower)) {
            return None;
        }
        let agents = crate::resource_list(self.res, self.lang, |c| &c.passive_agents);
        self.cands_in(from, to).find(|&ci| {
            let start = self.cands[ci].tok_start;
            // Past an article and an adjective or two: "von der oppositionellen".
            let mut lead = (start.saturating_sub(3).max(from)..start).rev().take_while(|&k| toks[k].is_word && !toks[k].is_capitalised() || toks[k].text == "'");
            lead.any(|k| agents.contains(&toks[k].lower)) && !matches!(self.cands[ci].referent, crate::Referent::Place(_))
        })
    }

    /// Whether candidate `ci` follows a complementizer ("aggiungendo che Kim
    /// «…»", "said that the minister “…”"): it is the subject of the
    /// reported clause, not the one who reports it.
    pub(crate) fn opens_reported_clause(&self, ci: usize) -> bool {
        let toks = &self.text.tokens;
        let mut k = self.cands[ci].tok_start;
        if k > 0 && crate::quotes::is_article(&toks[k - 1].lower) {
            k -= 1;
        }
        // "qu'il": the elided complementizer is two tokens.
        if k > 1 && matches!(toks[k - 1].text.as_str(), "'" | "’") {
            k -= 1;
        }
        k > 0 && crate::resource_list(self.res, self.lang, |c| &c.that_complementizers).iter().any(|w| w.trim_end_matches(['\'', '’']) == toks[k - 1].lower)
    }

    /// Whether the cue at token `cs` is an infinitive or a gerund with no
    /// subject of its own that goes on from an earlier statement: "avant de
    /// poursuivre", "per poi aggiungere", "antes de añadir", "before adding".
    pub(crate) fn is_continuation_cue(&self, cs: usize) -> bool {
        let toks = &self.text.tokens;
        let mut k = cs;
        if k > 0 && crate::resource_list(self.res, self.lang, |c| &c.infinitive_markers).contains(&toks[k - 1].lower) {
            k -= 1;
        }
        k > 0 && crate::resource_list(self.res, self.lang, |c| &c.continuations).contains(&toks[k - 1].lower)
    }

    /// Whether the cue at token `cs` follows "as" ("comme le rappelle HRW",
    /// "come ha spiegato il ministro", "as Smith noted"): its subject is the
    /// name after it, or, in English, the one between.
    fn after_as(&self, from: usize, cs: usize) -> bool {
        let toks = &self.text.tokens;
        let skippable = |t: &crate::Token| matches!(t.lower.as_str(), "le" | "l" | "'" | "lo" | "es") || crate::resource_list(self.res, self.lang, |c| &c.auxiliaries).contains(&t.lower);
        let mut k = cs;
        while k > from && k + 4 > cs && skippable(&toks[k - 1]) {
            k -= 1;
        }
        k > from && crate::resource_list(self.res, self.lang, |c| &c.as_words).contains(&toks[k - 1].lower)
    }

    /// Whether the cue at token `cue` is a gerund opening an adverbial clause
    /// after a comma: "…, saying", "…, en affirmant", "…, dicendo",
    /// "…, asegurando" (the language's `gerund_suffixes` and `gerund_marker`).
    fn is_gerund_after_comma(&self, from: usize, cue: usize) -> bool {
        let (toks, Some(lex)) = (&self.text.tokens, self.res.cues.get(self.lang)) else { return false };
        let gerund = lex.gerund_suffixes.iter().any(|x| toks[cue].lower.ends_with(x.as_str()));
        // The clause opens at the marker where the language has one ("en affirmant").
        let opener = match &lex.gerund_marker {
            Some(m) if cue > from && toks[cue - 1].lower == *m => cue - 1,
            Some(_) => return false,
            None => cue,
        };
        gerund && opener > from && toks[opener - 1].text == ","
    }

    /// The actor a clause is about: its first person or known actor, when it
    /// opens the clause (after at most three words: "Le ministre X", "Ensuite,
    /// X", "Brazilian President X"). Places there ("Brazilian") are adjectives.
    pub(crate) fn clause_subject(&self, from: usize, to: usize) -> Option<usize> {
        self.cands_in(from, to)
            .take_while(|&ci| self.cands[ci].tok_start <= from + 3)
            .find(|&ci| !matches!(self.cands[ci].referent, crate::Referent::Place(_) | crate::Referent::Pronoun(_)))
    }
}

/// Whether a cue verb ending at token `cue_end` governs a quotation opening at
/// token `open`: only a few words lie between them, none ending a clause
/// ("wrote “", "said that “", "called the plan a “", "en affirmant que «").
pub(crate) fn governs(toks: &[crate::Token], cue_end: usize, open: usize) -> bool {
    open >= cue_end && open - cue_end <= 8 && !toks[cue_end..open].iter().any(|t| matches!(t.text.as_str(), "." | ";" | "!" | "?") || is_quote_mark(&t.text))
}

/// "Pour X, …", "Para X, …", "Für X …", "Per X, …": an opinion attributed to X,
/// but only at the start of a sentence.
pub(crate) fn is_opinion_opener(word: &str) -> bool {
    matches!(word, "pour" | "para" | "für" | "per")
}
