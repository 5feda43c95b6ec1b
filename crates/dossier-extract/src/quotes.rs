//! Direct quotes (quotation marks + speaker attribution) and reported claims
//! (cue verbs, "selon X" markers, reportative continuation).

use crate::resources::{CueKind, Resources};
use crate::text::Text;
use crate::{is_cue, resource_list, Candidate};

pub struct Context<'a> {
    pub text: &'a Text,
    pub res: &'a Resources,
    pub lang: &'a str,
    pub cands: &'a [Candidate],
    /// Char spans inside quotation marks: names there are quoted, not speakers.
    pub quoted: Vec<(usize, usize)>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a Text, res: &'a Resources, lang: &'a str, cands: &'a [Candidate]) -> Context<'a> {
        // Scare quotes around a term ("« Chat Control »") may hold an actor's name; only
        // quotations of a few words or more hide their names from attribution.
        let quoted = pair_quote_marks(&text.chars)
            .into_iter()
            .filter(|(o, c)| text.chars[o + 1..*c].iter().filter(|ch| ch.is_whitespace()).count() >= 3)
            .map(|(o, c)| (o + 1, c))
            .collect();
        Context { text, res, lang, cands, quoted }
    }
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

/// Pairs of quotation marks `(open, close)` at top level, by char position.
/// `’` closes only when not followed by a letter (it is also the apostrophe).
pub fn pair_quote_marks(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut depth = 0;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        if c == '\n' && next == Some('\n') {
            open = None;
            depth = 0;
            continue;
        }
        match open {
            None => {
                let opens = match c {
                    '«' | '“' | '„' | '‹' | '‚' => true,
                    '"' | '‘' => prev.is_none_or(|p| !p.is_alphanumeric()) && next.is_some_and(|n| !n.is_whitespace()),
                    _ => false,
                };
                if opens {
                    open = Some((i, c));
                    depth = 1;
                }
            }
            Some((o, opener)) => {
                let closes = match (opener, c) {
                    ('«', '»') | ('‹', '›') | ('“', '”') | ('„', '“') | ('„', '”') | ('"', '"') => true,
                    ('‚', '‘') => true,
                    ('‘', '’') | ('‚', '’') => next.is_none_or(|n| !n.is_alphanumeric()),
                    _ => false,
                };
                if opener == '«' && c == '«' {
                    depth += 1;
                } else if closes {
                    depth -= 1;
                    if depth == 0 {
                        out.push((o, i));
                        open = None;
                    }
                }
            }
        }
    }
    out
}

fn is_quote_mark(s: &str) -> bool {
    matches!(s, "«" | "»" | "“" | "”" | "„" | "\"" | "‹" | "›" | "‚" | "‘")
}

impl Context<'_> {
    /// Candidate speakers among tokens `[from_tok, to_tok)`: not inside quotation
    /// marks, and not a place after a locative ("am Mittwoch in Berlin").
    fn cands_in(&self, from_tok: usize, to_tok: usize) -> impl Iterator<Item = usize> + '_ {
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

    /// The subject of a cue at token `cue`: the last mention before it, skipping
    /// an apposition between commas ("Marco Bellini, docente al Politecnico, ha detto").
    fn subject_before(&self, from: usize, cue: usize) -> Option<usize> {
        let toks = &self.text.tokens;
        // "Julien Ferrand, cofondateur de …, qui développe …, redoute": a clause
        // opening with a person or known actor and a comma is about that actor.
        if let Some(first) = self.cands_in(from, (from + 4).min(cue)).next() {
            let c = &self.cands[first];
            let is_actor = matches!(c.referent, crate::Referent::Registry(_))
                || matches!(c.referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. });
            let comma_after = toks.get(c.tok_end).is_some_and(|t| t.text == ",");
            let direct = self.cands_in(c.tok_end, cue).any(|ci| self.cands[ci].tok_end == cue);
            if is_actor && comma_after && !direct && cue > c.tok_end + 3 {
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
        let last = self.cands_in(from, cue).last().filter(|&ci| self.cands[ci].tok_end + 5 >= j)?;
        Some(self.person_of_organisation(from, last))
    }

    /// "said Apple chief executive Tim Cook", "a déclaré le PDG de Proton, Andy
    /// Yen": an organisation followed within a few role words by a person is
    /// the person's employer; the person speaks.
    fn person_after_organisation(&self, ci: usize, to: usize) -> usize {
        let c = &self.cands[ci];
        let is_person = |k: usize| matches!(self.cands[k].referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. })
            || matches!(self.cands[k].referent, crate::Referent::Registry(i) if self.res.actors[i].kind == dossier_core::ActorKind::Person);
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
    fn person_of_organisation(&self, from: usize, ci: usize) -> usize {
        let toks = &self.text.tokens;
        let c = &self.cands[ci];
        let is_person = |k: usize| matches!(self.cands[k].referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. });
        if is_person(ci) || c.tok_start < from + 2 {
            return ci;
        }
        let mut k = c.tok_start - 1;
        // "of Australia's Griffith University": a possessive place before the organisation.
        if k > from + 1 && (toks[k].text == "'s" || toks[k].text == "’s") {
            k = k.saturating_sub(2);
        }
        if !matches!(toks[k].lower.as_str(), "of" | "at" | "from" | "de" | "du" | "von" | "vom" | "der" | "di" | "del" | "della" | "bei" | "with") {
            return ci;
        }
        self.cands_in(from, k).last().filter(|&p| is_person(p) && self.cands[p].tok_end + 2 >= k).unwrap_or(ci)
    }

    /// The source named by a sentence-initial "Pour/Para/Für/Per X," or
    /// "Selon/According to X," in tokens `[from, to)`.
    fn opinion_source(&self, from: usize, to: usize) -> Option<usize> {
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
    fn genitive_owner(&self, ci: usize, to: usize) -> usize {
        let c = &self.cands[ci];
        if !matches!(c.referent, crate::Referent::Description(_)) {
            return ci;
        }
        self.cands_in(c.tok_end, (c.tok_end + 4).min(to))
            .find(|&n| !matches!(self.cands[n].referent, crate::Referent::Pronoun(_)))
            .unwrap_or(ci)
    }

    /// First cue verb in tokens `[from, to)`: (token start, token end, kind).
    fn cue_in(&self, from: usize, to: usize) -> Option<(usize, usize, CueKind)> {
        (from..to).find_map(|k| is_cue(self.text, k).filter(|(e, _)| *e <= to).map(|(e, kind)| (k, e, kind)))
    }

    fn last_cue_in(&self, from: usize, to: usize) -> Option<(usize, usize, CueKind)> {
        (from..to).rev().find_map(|k| is_cue(self.text, k).filter(|(e, _)| *e <= to).map(|(e, kind)| (k, e, kind)))
    }

    fn tok_span(&self, from: usize, to: usize) -> (usize, usize) {
        (self.text.tokens[from].start, self.text.tokens[to - 1].end)
    }

    /// An "according to" marker at token `k`: its end token.
    fn according_at(&self, k: usize) -> Option<usize> {
        let toks = &self.text.tokens;
        self.res.cues.get(self.lang)?
            .according_words
            .iter()
            .filter_map(|w| (k + w.len() <= toks.len() && w.iter().enumerate().all(|(i, x)| toks[k + i].lower == *x)).then_some(k + w.len()))
            .max()
    }

    /// Speaker of a quote from the text after its closing mark, in the same sentence:
    /// "», a indiqué l'entreprise", "”, said Tim Cook", "“, he said", "», Apple a déclaré".
    fn speaker_after(&self, from: usize, to: usize) -> Option<(Option<usize>, (usize, usize))> {
        let toks = &self.text.tokens;
        let mut k = from;
        while k < to && matches!(toks[k].text.as_str(), "," | "»" | "”" | "“" | "\"" | "-" | "–" | "—") {
            k += 1;
        }
        if k >= to {
            return None;
        }
        if let Some(end) = self.according_at(k).filter(|e| *e <= to) {
            return Some((self.cands_in(end, (end + 4).min(to)).next(), self.tok_span(k, end)));
        }
        let window = (k + 6).min(to);
        let (cs, ce, _) = self.cue_in(k, window)?;
        let before = self.cands_in(k, cs).last();
        // "dit-elle": the pronoun shares the cue's token.
        let inside = self.cands.iter().position(|c| c.tok_start == cs && c.tok_end == ce && cs + 1 == ce);
        let after = inside.or_else(|| self.cands_in(ce, (ce + 6).min(to)).next()).map(|ci| self.person_after_organisation(self.genitive_owner(ci, to), to));
        Some((before.or(after), self.tok_span(cs, ce)))
    }

    /// Speaker from the text before the opening mark: "X a déclaré : «",
    /// "X said: “", "Selon X, «", "déclare Apple : «", and a cue that governs
    /// the quote however long the clause ("Ex-Prime Minister Donald Tusk, the
    /// current President of the European Council, wrote “", "called the plan
    /// a “", "en affirmant que «"). After a colon with no cue ("Akli Gasmi, jeune
    /// berger, se rappelle :", "Le ministre a été clair :") the clause's subject speaks.
    fn speaker_before(&self, from: usize, to: usize) -> Option<(Option<usize>, (usize, usize))> {
        if to <= from {
            return None;
        }
        let toks = &self.text.tokens;
        let last = toks[to - 1].text.as_str();
        if let Some(k) = (from..to).find(|&k| self.according_at(k).is_some()) {
            let end = self.according_at(k)?;
            let speaker = self.cands_in(end, to).next();
            return Some((speaker, self.tok_span(k, end)));
        }
        let ends_clause = matches!(last, ":" | ",");
        match self.last_cue_in(from, to) {
            Some((cs, ce, _)) if ends_clause || to - from <= 12 || governs(toks, ce, to) => {
                let before = self.subject_before(from, cs);
                let after = self.cands_in(ce, to).next();
                // German verb-second: "Während der Debatte beschrieb Senator X Bolton als „…“".
                let verb_second = self.lang == "de" && after.is_some_and(|ci| self.cands[ci].tok_start <= ce + 3) && self.cands_in(from, from + 1).next().is_none();
                let speaker = if verb_second { after.or(before) } else { before.or(after) };
                Some((speaker, self.tok_span(cs, ce)))
            }
            None if last == ":" => Some((self.clause_subject(from, to), (0, 0))),
            _ => None,
        }
    }

    /// The actor a clause is about: its first person or known actor, when it
    /// opens the clause (after at most three words: "Le ministre X", "Ensuite,
    /// X", "Brazilian President X"). Places there ("Brazilian") are adjectives.
    fn clause_subject(&self, from: usize, to: usize) -> Option<usize> {
        self.cands_in(from, to)
            .take_while(|&ci| self.cands[ci].tok_start <= from + 3)
            .find(|&ci| !matches!(self.cands[ci].referent, crate::Referent::Place(_) | crate::Referent::Pronoun(_)))
    }
}

/// Whether a cue verb ending at token `cue_end` governs a quotation opening at
/// token `open`: only a few words lie between them, none ending a clause
/// ("wrote “", "said that “", "called the plan a “", "en affirmant que «").
fn governs(toks: &[crate::Token], cue_end: usize, open: usize) -> bool {
    open >= cue_end && open - cue_end <= 8 && !toks[cue_end..open].iter().any(|t| matches!(t.text.as_str(), "." | ";" | "!" | "?") || is_quote_mark(&t.text))
}

/// Find direct quotes. Short quoted terms without attribution are scare
/// quotes (« porte dérobée ») and are skipped.
pub fn find_quotes(ctx: &Context) -> Vec<Found> {
    let text = ctx.text;
    let mut out: Vec<Found> = Vec::new();
    let pairs = pair_quote_marks(&text.chars);
    for (pi, &(open, close)) in pairs.iter().enumerate() {
        let (start, end) = {
            let (mut s, mut e) = (open + 1, close);
            while s < e && text.chars[s].is_whitespace() {
                s += 1;
            }
            // English puts the attribution comma inside the marks: “…,” she said.
            while e > s && (text.chars[e - 1].is_whitespace() || text.chars[e - 1] == ',') {
                e -= 1;
            }
            (s, e)
        };
        let first_tok = text.token_at_or_after(start);
        let end_tok = text.token_at_or_after(end);
        let words = text.tokens[first_tok..end_tok].iter().filter(|t| t.is_word).count();
        if words == 0 {
            continue;
        }
        let Some(si) = text.sentence_at(open) else { continue };
        let sentence = text.sentences[si];
        let next_open = pairs.get(pi + 1).map(|p| p.0).unwrap_or(usize::MAX);
        let prev_close = pi.checked_sub(1).map(|p| pairs[p].1 + 1).unwrap_or(0);
        let after_from = text.token_at_or_after(close + 1);
        let after_to = text.token_at_or_after(sentence.end.min(next_open));
        let before_from = text.token_at_or_after(sentence.start.max(prev_close));
        let before_to = text.token_at_or_after(open);
        let mut attribution = ctx.speaker_after(after_from, after_to).or_else(|| ctx.speaker_before(before_from, before_to));
        let mut confidence = if attribution.as_ref().is_some_and(|(_, cue)| *cue == (0, 0)) { Confidence::CLAUSE } else { Confidence::CUE };
        let starts_sentence = before_to <= before_from;
        // A speech verb right before the marks makes a short fragment a partial
        // quote ("called the plan a “catastrophic mistake”", "qualifié de « dangereux »").
        // Further off, a speech verb earlier in the same sentence still governs
        // fragments of reported speech ("Bush sagte, dass Bolton in „unfairer Art“ …").
        let sentence_from = text.token_at_or_after(sentence.start);
        let governed = ctx.last_cue_in(before_from, before_to).is_some_and(|(_, ce, _)| governs(&text.tokens, ce, before_to))
            || ctx.last_cue_in(sentence_from, before_to).is_some_and(|(_, _, kind)| kind == CueKind::Speech);
        // A bare quote right after an attribution ending in ':' or a quote by the same speaker.
        if attribution.is_none() && starts_sentence && si > 0 {
            let prev = text.sentences[si - 1];
            let prev_ends_colon = text.chars[..prev.end].iter().rev().find(|c| !c.is_whitespace()) == Some(&':');
            confidence = Confidence::CARRIED;
            if prev_ends_colon {
                attribution = ctx.speaker_before(prev.tok_start, prev.tok_end);
                confidence = Confidence::CLAUSE;
            } else if let Some(ci) = ctx.opinion_source(prev.tok_start, prev.tok_end) {
                // "Pour Antoine Leclerc, …, le débat est mal posé. « … »"
                attribution = Some((Some(ci), (0, 0)));
            } else if let Some((cs, _, _)) = ctx.cue_in(prev.tok_start, prev.tok_end) {
                // "Julien Ferrand, cofondateur…, redoute un effet domino. « … »"
                if let Some(ci) = ctx.subject_before(prev.tok_start, cs) {
                    attribution = Some((Some(ci), (0, 0)));
                }
            }
            if attribution.is_none() && !prev_ends_colon {
                if let Some(last) = out.last().filter(|q| text.sentence_at(q.start).is_some_and(|s| s + 1 >= si)) {
                    attribution = last.speaker.map(|s| (Some(s), (0, 0)));
                }
            }
            // "Anna Weber was blunt. « … »": the person the previous sentence is about.
            if attribution.is_none() {
                let person = |ci: &usize| matches!(ctx.cands[*ci].referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. });
                attribution = ctx.clause_subject(prev.tok_start, prev.tok_end).filter(person).map(|ci| (Some(ci), (0, 0)));
            }
        }
        // "», a-t-il ajouté" resolved above; "», ha aggiunto." names nobody: the
        // speaker is the most recent person or speaker before the quote.
        if let Some((None, cue)) = attribution {
            confidence = Confidence::RECENT_PERSON;
            let recent = out.last().filter(|q| q.speaker.is_some()).and_then(|q| q.speaker);
            let last_person = ctx.cands.iter().rposition(|c| c.end <= open && matches!(c.referent, crate::Referent::Named { kind: dossier_core::ActorKind::Person, .. }));
            attribution = Some((last_person.or(recent), cue));
        }
        // Scare quotes: few words, no sentence inside, nobody saying them.
        let sentence_like = text.chars[start..end].iter().any(|c| matches!(c, '.' | '!' | '?' | ',' | ';')) || words >= 8;
        let attributed = attribution.as_ref().is_some_and(|(s, _)| s.is_some());
        let partial = governed && attributed && !looks_like_a_name(&text.tokens[first_tok..end_tok]);
        if !(words >= 8 || (attributed && (sentence_like || words >= 4) && words >= 3) || (sentence_like && words >= 5 && starts_sentence) || partial) {
            continue;
        }
        let (speaker, cue) = match attribution {
            Some((s, c)) if c != (0, 0) => (s, Some(c)),
            Some((s, _)) => (s, None),
            None => (None, None),
        };
        out.push(Found { start, end, speaker, cue, confidence });
    }
    out
}

/// A quoted name or title rather than words said: every word capitalised
/// ("Chat Control", "Great Orchestra of Christmas Charity" mostly).
fn looks_like_a_name(toks: &[crate::Token]) -> bool {
    let words: Vec<&crate::Token> = toks.iter().filter(|t| t.is_word).collect();
    words.len() >= 2 && words.iter().all(|t| t.is_capitalised())
}

/// "Pour X, …", "Para X, …", "Für X …", "Per X, …": an opinion attributed to X,
/// but only at the start of a sentence.
fn is_opinion_opener(word: &str) -> bool {
    matches!(word, "pour" | "para" | "für" | "per")
}

/// Whether token `k` looks like the start of reported content after a cue.
fn content_may_start(ctx: &Context, k: usize) -> bool {
    let toks = &ctx.text.tokens;
    let Some(t) = toks.get(k) else { return false };
    let negations = resource_list(ctx.res, ctx.lang, |c| &c.negations);
    if negations.iter().any(|n| n.trim_end_matches('\'') == t.lower) || is_quote_mark(&t.text) {
        return !is_quote_mark(&t.text);
    }
    match ctx.lang {
        "fr" => t.lower.ends_with("er") || t.lower.ends_with("ir") || t.lower.ends_with("re") || t.lower == "avoir",
        "es" => t.lower.ends_with("ar") || t.lower.ends_with("er") || t.lower.ends_with("ir"),
        "it" => t.lower.ends_with("are") || t.lower.ends_with("ere") || t.lower.ends_with("ire"),
        "en" => t.is_word && !matches!(t.lower.as_str(), "to" | "in" | "on" | "at" | "for" | "with" | "about" | "by" | "from" | "of" | "as"),
        "de" => t.text == ",",
        _ => false,
    }
}

/// "a accusé Rajoy de purger …", "ha minacciato di attaccare …", "a demandé au
/// Conseil de sécurité de l'ONU d'adopter …": an infinitive introduced by the
/// language's marker after the cue (and its object) is what was said. The
/// last marker before the infinitive counts, so that "de" inside the object
/// does not.
fn infinitive_after(ctx: &Context, from: usize, to: usize) -> Option<usize> {
    let toks = &ctx.text.tokens;
    let markers = resource_list(ctx.res, ctx.lang, |c| &c.infinitive_markers);
    (from..(from + 9).min(to))
        .take_while(|&k| !matches!(toks[k].text.as_str(), "," | ";" | ":" | "." | "«" | "“" | "„" | "\""))
        .filter(|&k| markers.iter().any(|m| *m == toks[k].lower) && k + 1 < to && infinitive_like(ctx, k + 1))
        .last()
        .map(|k| k + 1)
}

/// Whether token `k` can open an infinitive clause: a verb ending of the
/// language, or a clitic before one ("s'en prendre", "essersi").
fn infinitive_like(ctx: &Context, k: usize) -> bool {
    let toks = &ctx.text.tokens;
    let clitic = matches!(toks[k].lower.as_str(), "s'" | "se" | "ne" | "n'" | "l'" | "les" | "leur" | "lui" | "en" | "y");
    (clitic && k + 1 < toks.len() && content_may_start(ctx, k + 1)) || content_may_start(ctx, k) || (ctx.lang == "it" && toks[k].lower.ends_with("rsi"))
}

/// End of a German noun phrase starting at `from` (determiners, adjectives
/// before a capitalised noun, nouns, genitive attributes): where the verb is.
fn german_noun_phrase_end(toks: &[crate::Token], from: usize, to: usize) -> usize {
    const DETERMINERS: &[&str] = &["der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einen", "eines", "einer", "mehreren", "mehrerer"];
    let mut k = from;
    while k < to {
        let t = &toks[k];
        let next_cap = toks.get(k + 1).is_some_and(|n| n.is_capitalised());
        if DETERMINERS.contains(&t.lower.as_str()) || t.is_capitalised() || (t.is_word && next_cap && k + 1 < to) {
            k += 1;
        } else {
            break;
        }
    }
    k
}

/// Whether the quotation opening just before char `start` follows a colon.
fn after_colon(text: &Text, start: usize) -> bool {
    text.chars[..start].iter().rev().find(|c| !c.is_whitespace() && !matches!(c, '«' | '“' | '„' | '"' | '‹' | '‚' | '‘')) == Some(&':')
}

/// Sentences cut into the clauses that can each report something: at ";"
/// and before a contrastive conjunction after a comma or mid-sentence ("Duda
/// said …, while Brudziński wrote he had ordered …"; "…; TVN24 reported …").
fn clauses(ctx: &Context) -> Vec<crate::text::Sentence> {
    let toks = &ctx.text.tokens;
    let breaks = resource_list(ctx.res, ctx.lang, |c| &c.clause_breaks);
    let mut out = Vec::new();
    for s in &ctx.text.sentences {
        let mut from = s.tok_start;
        for k in s.tok_start + 1..s.tok_end {
            let split_here = toks[k].text == ";" || (k > from + 3 && breaks.iter().any(|b| *b == toks[k].lower));
            if split_here && k > from {
                out.push(crate::text::Sentence { start: toks[from].start, end: toks[k - 1].end, tok_start: from, tok_end: k });
                from = if toks[k].text == ";" { k + 1 } else { k };
            }
        }
        if from < s.tok_end {
            out.push(crate::text::Sentence { start: toks[from].start, end: s.end, tok_start: from, tok_end: s.tok_end });
        }
    }
    out
}

/// Find reported claims clause by clause.
pub fn find_claims(ctx: &Context, quotes: &[Found]) -> Vec<Found> {
    let text = ctx.text;
    let toks = &text.tokens;
    let that = resource_list(ctx.res, ctx.lang, |c| &c.that_complementizers);
    let adverbs = resource_list(ctx.res, ctx.lang, |c| &c.adverbs);
    let connectives = resource_list(ctx.res, ctx.lang, |c| &c.connectives);
    let suffixes = resource_list(ctx.res, ctx.lang, |c| &c.conditional_suffixes);
    let markers = resource_list(ctx.res, ctx.lang, |c| &c.reportative_markers);
    let in_quote = |pos: usize| quotes.iter().any(|q| q.start <= pos && pos < q.end + 1);
    let mut out: Vec<Found> = Vec::new();
    let mut last_claim_sentence: Option<(usize, Option<usize>)> = None;
    for (si, s) in clauses(ctx).iter().enumerate() {
        // A sentence that is all quotation reports nothing more.
        let inside: Vec<&Found> = quotes.iter().filter(|q| q.start < s.end && s.start < q.end).collect();
        let unquoted_words = toks[s.tok_start..s.tok_end].iter().filter(|t| t.is_word && !inside.iter().any(|q| q.start <= t.start && t.end <= q.end)).count();
        if unquoted_words < 4 {
            continue;
        }
        let (ts, te) = (s.tok_start, s.tok_end);
        let mut found: Option<Found> = None;
        // 0. "Pour X, …" / "Para X, …" / "Für X …": an opinion, only at the start of a sentence.
        if ts < te && is_opinion_opener(&toks[ts].lower) {
            if let Some(ci) = ctx.cands_in(ts + 1, (ts + 4).min(te)).next() {
                if let Some(comma) = (ctx.cands[ci].tok_end..te).find(|&j| toks[j].text == ",") {
                    if comma + 1 < te {
                        found = Some(Found { start: toks[comma + 1].start, end: s.end, speaker: Some(ci), cue: Some(ctx.tok_span(ts, ts + 1)), confidence: Confidence::CLAUSE });
                    }
                }
            }
        }
        // 1. "selon X, …" / "…, according to X" / "laut X …" / "X zufolge".
        for k in ts..te {
            if found.is_some() {
                break;
            }
            let Some(mend) = ctx.according_at(k) else { continue };
            if in_quote(toks[k].start) {
                continue;
            }
            let cue = Some((toks[k].start, toks[mend - 1].end));
            if toks[k].lower == "zufolge" {
                if let Some(ci) = ctx.cands_in(ts, k).last() {
                    let c = &ctx.cands[ci];
                    let from = if c.tok_start > ts + 1 { ts } else { mend };
                    let to = if c.tok_start > ts + 1 { c.tok_start } else { te };
                    if from < to {
                        found = Some(Found { start: toks[from].start, end: toks[to - 1].end, speaker: Some(ci), cue, confidence: Confidence::CUE });
                    }
                }
                break;
            }
            let near_start = k <= ts + 1 || (k <= ts + 3 && connectives.contains(&toks[ts].lower));
            let claimant = ctx.cands_in(mend, (mend + 6).min(te)).next();
            // At the start of a sentence the marker holds even when the source is
            // not an actor we know ("Selon la présidence polonaise du Conseil, …").
            if claimant.is_none() && !near_start {
                continue;
            }
            let after_source = claimant.map(|ci| ctx.cands[ci].tok_end).unwrap_or(mend);
            // Mid-sentence, a marker that is also a plain preposition ("per", "para",
            // "pour", "für") reports only when the source closes the clause:
            // "…, per l'Ansa." but not "la Rete per i Diritti Digitali ha raccolto".
            if !near_start && mend == k + 1 && is_opinion_opener(&toks[k].lower) && after_source < te && toks[after_source].is_word {
                continue;
            }
            let (from, to) = if near_start {
                match (after_source..te).find(|&j| toks[j].text == ",") {
                    Some(comma) => (comma + 1, te),
                    None if claimant.is_some() => (after_source, te),
                    // "Laut einem Bericht des Handelsblatts fehlen …": skip the noun phrase.
                    None if ctx.lang == "de" => (german_noun_phrase_end(toks, mend, te), te),
                    None => continue,
                }
            } else {
                (ts, if k > ts && toks[k - 1].text == "," { k - 1 } else { k })
            };
            if to > from {
                found = Some(Found { start: toks[from].start, end: toks[to - 1].end, speaker: claimant, cue, confidence: Confidence::CUE });
            }
            break;
        }
        // 2. Subject + cue verb + content, or "content, rapporte le Financial Times".
        if found.is_none() {
            let mut k = ts;
            while k < te {
                let Some((ce, kind)) = is_cue(ctx.text, k) else {
                    k += 1;
                    continue;
                };
                if in_quote(toks[k].start) || ce > te {
                    k += 1;
                    continue;
                }
                // Inverted report: ", rapporte le Financial Times."
                if k > ts + 3 && toks[k - 1].text == "," {
                    // The source ends the sentence; in ", sagte ein Sprecher des Vereins"
                    // it is the organisation the spokesperson speaks for.
                    if let Some(ci) = ctx.cands_in(ce, (ce + 4).min(te)).filter(|&ci| ctx.cands[ci].tok_end + 1 >= te).last() {
                        if kind != CueKind::Belief {
                            found = Some(Found { start: toks[ts].start, end: toks[k - 2].end, speaker: Some(ci), cue: Some(ctx.tok_span(k, ce)), confidence: Confidence::CUE });
                            break;
                        }
                    }
                }
                let subject = ctx.subject_before(ts, k);
                // "Content…, the company said (on Friday)." — the reported part comes first.
                if let Some(ci) = subject {
                    let c = &ctx.cands[ci];
                    let no_that = !(ce..(ce + 6).min(te)).any(|n| that.iter().any(|x| x.trim_end_matches('\'') == toks[n].lower));
                    // Short tail after the cue ("said on Friday.", "said in a statement, adding…").
                    let tail_short = te - ce <= 6 || (ce..(ce + 5).min(te)).any(|n| toks[n].text == ",");
                    let apposition = toks.get(c.tok_end).is_some_and(|t| t.text == ",");
                    if kind != CueKind::Belief && c.tok_start > ts + 5 && toks[c.tok_start - 1].text == "," && c.tok_end + 2 >= k && no_that && tail_short && !apposition {
                        found = Some(Found { start: toks[ts].start, end: toks[c.tok_start - 2].end, speaker: Some(ci), cue: Some(ctx.tok_span(k, ce)), confidence: Confidence::CUE });
                        break;
                    }
                }
                let mut j = ce;
                // "räumte ein, dass": a separable particle right after the verb is part of it.
                let particles = resource_list(ctx.res, ctx.lang, |c| &c.separable_particles);
                while j < te && (adverbs.iter().any(|a| *a == toks[j].lower) || particles.iter().any(|p| *p == toks[j].lower) || toks[j].text == ",") && !(ctx.lang == "de" && toks[j].text == ",") {
                    j += 1;
                }
                // German puts a comma before the complementizer: "sagte, dass …".
                let german_that = (ctx.lang == "de" && j + 2 < te && toks[j].text == ",").then(|| j + 1).filter(|&n| that.iter().any(|x| x.trim_end_matches('\'') == toks[n].lower));
                // "a indiqué jeudi dernier que", "said on Tuesday that", "había advertido la semana pasada de que".
                let is_that = |t: &crate::text::Token| that.iter().any(|x| x.trim_end_matches('\'') == t.lower);
                let after_that = (j..(j + 6).min(te))
                    .take_while(|&n| !matches!(toks[n].text.as_str(), "," | ":" | ";" | "." | "«" | "“" | "„" | "\""))
                    .find(|&n| is_that(&toks[n]))
                    .map(|n| if n + 1 < te && toks[n + 1].text == "'" { n + 2 } else { n + 1 })
                    .or(german_that.map(|n| n + 1));
                // German reports often put the clause after a comma further on:
                // "schrieb auf der Plattform Mastodon, Deutschland zeige, dass …".
                let german_clause = (ctx.lang == "de")
                    .then(|| (j..(j + 8).min(te)).find(|&n| toks[n].text == "," && n + 1 < te))
                    .flatten()
                    .filter(|&comma| toks[comma + 1..te].iter().any(|t| markers.contains(&t.lower)));
                let content_start = match (after_that, german_clause) {
                    (Some(n), _) => Some(n),
                    (None, Some(comma)) => Some(comma + 1),
                    (None, None) if content_may_start(ctx, j) => Some(if ctx.lang == "de" { j + 1 } else { j }).filter(|&cs| cs < te),
                    (None, None) => infinitive_after(ctx, j, te),
                };
                // With an explicit complementizer the report stands even when the
                // speaker is no actor we know ("A government spokesperson said that …").
                // Reported in the reportative mood ("Ein Sprecher sagte, die Technik sei …").
                let reported_clause = german_clause.is_some() || (ctx.lang == "de" && content_start.is_some_and(|cs| toks[cs..te].iter().any(|t| markers.contains(&t.lower))));
                let subject_ok = subject.is_some() || ((after_that.is_some() || reported_clause) && k > ts + 1);
                if let (true, Some(cs)) = (subject_ok, content_start) {
                    let ci = subject;
                    let starts_quote = toks.get(cs).is_some_and(|t| is_quote_mark(&t.text)) || toks.get(j).is_some_and(|t| t.text == ":");
                    // A quotation introduced by a colon later in the sentence ("… qué está en
                    // juego: «…»") ends the claim; a partial quote inside it ("said the
                    // victims were “ripe and vulnerable”") is part of what is reported.
                    let end = quotes
                        .iter()
                        .filter(|q| q.start > toks[cs].start && q.start < s.end && after_colon(text, q.start))
                        .map(|q| q.start.saturating_sub(1))
                        .min()
                        .unwrap_or(s.end);
                    let words = toks[cs..te].iter().filter(|t| t.is_word && t.end <= end).count();
                    if words >= 3 && !starts_quote {
                        found = Some(Found { start: toks[cs].start, end, speaker: ci, cue: Some(ctx.tok_span(k, ce)), confidence: Confidence::CUE });
                        break;
                    }
                }
                k = ce;
            }
        }
        // 3. Continuation in the reportative mood ("les demandes concerneraient…").
        if found.is_none() {
            if let Some((prev_si, speaker)) = last_claim_sentence {
                let reportative = toks[ts..te].iter().any(|t| {
                    t.is_word && ((t.lower.chars().count() > 6 && suffixes.iter().any(|x| t.lower.ends_with(x.as_str()))) || markers.contains(&t.lower))
                });
                // A new speaker ends the continuation: a cue verb right after a mention.
                let has_cue = (ts..te).any(|k| is_cue(ctx.text, k).is_some() && ctx.cands_in(ts, k).any(|ci| ctx.cands[ci].tok_end + 3 >= k));
                if prev_si + 1 == si && reportative && !has_cue {
                    let mut from = ts;
                    if let Some(comma) = (ts..(ts + 4).min(te)).find(|&j| toks[j].text == ",") {
                        let lead: String = toks[ts..comma].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
                        if connectives.contains(&lead) {
                            from = comma + 1;
                        }
                    }
                    found = Some(Found { start: toks[from].start, end: s.end, speaker, cue: None, confidence: Confidence::CLAUSE });
                }
            }
        }
        match found {
            Some(f) => {
                let (start, end) = text.trim_span(f.start, f.end);
                // "called the stabbing “an act of …”": what is reported is the
                // quotation; a claim needs some reported words of its own.
                let own_words = toks.iter().filter(|t| t.is_word && t.start >= start && t.end <= end && !inside.iter().any(|q| q.start <= t.start && t.end <= q.end)).count();
                if end > start && own_words >= 3 {
                    last_claim_sentence = Some((si, f.speaker));
                    out.push(Found { start, end, ..f });
                }
            }
            None => last_claim_sentence = None,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_all_quote_styles_and_skips_apostrophes() {
        let s: Vec<char> = "« a “b” » „c“ ‘d’s e’ \"f\"".chars().collect();
        let pairs = pair_quote_marks(&s);
        let texts: Vec<String> = pairs.iter().map(|(o, c)| s[o + 1..*c].iter().collect()).collect();
        assert_eq!(texts, vec![" a “b” ", "c", "d’s e", "f"]);
    }
}
