//! Reported claims: what was said without quotation marks ("X said that …",
//! "selon X, …", "…, the company said", the reportative conditional or
//! Konjunktiv that continues a report, a clause "reportedly" marks), clause
//! by clause.

use crate::attribution::{is_opinion_opener, Confidence, Context, Found};
use crate::quotes::is_quote_mark;
use crate::resources::CueKind;
use crate::text::{Sentence, Text};
use crate::{is_cue, resource_list};

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
    // The token after the marker at `k`: "de" is one token, elided "d'" two ("d", "'").
    let after_marker = |k: usize| {
        markers.iter().find_map(|m| match m.strip_suffix('\'') {
            Some(elided) if toks[k].lower == elided && toks.get(k + 1).is_some_and(|t| t.text == "'") => Some(k + 2),
            _ => (*m == toks[k].lower).then_some(k + 1),
        })
    };
    let opens = |k: usize| after_marker(k).filter(|&v| v < to && infinitive_like(ctx, v));
    // Right after the cue, the first marker opens the clause: "ha dichiarato
    // [di essersi] limitato ad applicare".
    if from + 1 < to {
        if let Some(v) = opens(from) {
            return Some(v);
        }
    }
    (from..(from + 9).min(to))
        .take_while(|&k| !matches!(toks[k].text.as_str(), "," | ";" | ":" | "." | "«" | "“" | "„" | "\""))
        .filter_map(opens)
        .last()
}

/// Whether token `k` can open an infinitive clause: a verb ending of the
/// language, or a clitic before one ("s'en prendre", "essersi").
fn infinitive_like(ctx: &Context, k: usize) -> bool {
    let toks = &ctx.text.tokens;
    // Elided clitics are two tokens: "s'en prendre" → s ' en prendre.
    let elided = toks.get(k + 1).is_some_and(|t| t.text == "'") && matches!(toks[k].lower.as_str(), "s" | "n" | "l" | "m" | "t");
    if elided {
        return k + 2 < toks.len() && infinitive_like(ctx, k + 2);
    }
    let clitic = matches!(toks[k].lower.as_str(), "s'" | "se" | "ne" | "n'" | "l'" | "les" | "leur" | "lui" | "en" | "y");
    // Italian drops the final vowel of an infinitive before a consonant: "aver invaso", "esser stato".
    let truncated = resource_list(ctx.res, ctx.lang, |c| &c.truncated_infinitives).contains(&toks[k].lower);
    (clitic && k + 1 < toks.len() && content_may_start(ctx, k + 1)) || content_may_start(ctx, k) || truncated || (ctx.lang == "it" && toks[k].lower.ends_with("rsi"))
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

/// Find reported claims clause by clause: an opinion ("Pour X, …"), an
/// "according to" marker, a cue verb, or a continuation of the previous
/// report in the reportative mood, in that order.
pub fn find_claims(ctx: &Context, quotes: &[Found]) -> Vec<Found> {
    let finder = ClaimFinder::new(ctx, quotes);
    let toks = &ctx.text.tokens;
    let mut out: Vec<Found> = Vec::new();
    let mut last_claim: Option<(usize, Option<usize>)> = None;
    for (si, s) in clauses(ctx).iter().enumerate() {
        let inside: Vec<&Found> = quotes.iter().filter(|q| q.start < s.end && s.start < q.end).collect();
        // Only the tokens of the range, found by binary search: a scan of the
        // whole text per clause would grow with the square of its length.
        let in_range = |from: usize, to: usize| &toks[ctx.text.token_at_or_after(from)..ctx.text.token_at_or_after(to)];
        let unquoted = |from: usize, to: usize| in_range(from, to).iter().filter(|t| t.is_word && t.end <= to && !inside.iter().any(|q| q.start <= t.start && t.end <= q.end)).count();
        // A quotation with a speaker may be continued in the reportative mood
        // ("„…“, sagte Salih. Es sei Zeit, zu handeln.").
        let quoted_speaker = inside.iter().rev().find_map(|q| q.speaker).map(|sp| (si, Some(sp)));
        // A sentence that is all quotation reports nothing more.
        if unquoted(s.start, s.end) < 4 {
            last_claim = quoted_speaker;
            continue;
        }
        let found = finder
            .opinion(s)
            .or_else(|| finder.according_to(s))
            .or_else(|| finder.by_cue_verb(s))
            .or_else(|| finder.continuation(s, si, last_claim))
            .or_else(|| finder.passive_report(s))
            .or_else(|| finder.reportative_adverb(s));
        let Some(f) = found else {
            // "Acosta hatte auf eine dünne Beweislage verwiesen. Die Verurteilung
            // habe immerhin bewirkt, …": a speaker whose cue reported no clause
            // may go on in the reportative mood.
            last_claim = quoted_speaker.or_else(|| finder.speaker_of_cue(s).map(|sp| (si, Some(sp))));
            continue;
        };
        let (start, end) = ctx.text.trim_span(f.start, f.end);
        // "called the stabbing “an act of …”": what is reported is the
        // quotation; a claim needs some reported words of its own.
        if end > start && unquoted(start, end) >= 3 {
            last_claim = Some((si, f.speaker));
            out.push(Found { start, end, ..f });
        }
    }
    out
}

/// The claim rules with the language's word lists, looked up once per text.
struct ClaimFinder<'c, 'a> {
    ctx: &'c Context<'a>,
    quotes: &'c [Found],
    that: &'a [String],
    adverbs: &'a [String],
    particles: &'a [String],
    connectives: &'a [String],
    suffixes: &'a [String],
    markers: &'a [String],
}

impl<'c, 'a> ClaimFinder<'c, 'a> {
    fn new(ctx: &'c Context<'a>, quotes: &'c [Found]) -> Self {
        let list = |pick: fn(&crate::resources::CueLexicon) -> &Vec<String>| resource_list(ctx.res, ctx.lang, pick);
        ClaimFinder {
            ctx,
            quotes,
            that: list(|c| &c.that_complementizers),
            adverbs: list(|c| &c.adverbs),
            particles: list(|c| &c.separable_particles),
            connectives: list(|c| &c.connectives),
            suffixes: list(|c| &c.conditional_suffixes),
            markers: list(|c| &c.reportative_markers),
        }
    }

    /// Words in chars `[from, to)` outside every quotation.
    fn words_unquoted(&self, from: usize, to: usize) -> usize {
        let text = self.ctx.text;
        let range = &text.tokens[text.token_at_or_after(from)..text.token_at_or_after(to)];
        range.iter().filter(|t| t.is_word && t.end <= to && !self.quotes.iter().any(|q| q.start <= t.start && t.end <= q.end)).count()
    }

    fn in_quote(&self, pos: usize) -> bool {
        self.quotes.iter().any(|q| q.start <= pos && pos < q.end + 1)
    }

    fn is_that(&self, t: &crate::text::Token) -> bool {
        self.that.iter().any(|x| x.trim_end_matches('\'') == t.lower)
    }

    /// "Pour X, …" / "Para X, …" / "Für X …": an opinion, only at the start of a sentence.
    fn opinion(&self, s: &Sentence) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let (ts, te) = (s.tok_start, s.tok_end);
        if ts >= te || !is_opinion_opener(&toks[ts].lower) {
            return None;
        }
        let ci = ctx.cands_in(ts + 1, (ts + 4).min(te)).next()?;
        let comma = (ctx.cands[ci].tok_end..te).find(|&j| toks[j].text == ",").filter(|c| c + 1 < te)?;
        Some(Found { start: toks[comma + 1].start, end: s.end, speaker: Some(ci), cue: Some(ctx.tok_span(ts, ts + 1)), confidence: Confidence::CLAUSE })
    }

    /// "selon X, …" / "…, according to X" / "laut X …" / "X zufolge".
    fn according_to(&self, s: &Sentence) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let (ts, te) = (s.tok_start, s.tok_end);
        for k in ts..te {
            let Some(mend) = ctx.according_at(k) else { continue };
            if self.in_quote(toks[k].start) {
                continue;
            }
            let cue = Some((toks[k].start, toks[mend - 1].end));
            if toks[k].lower == "zufolge" {
                let ci = ctx.cands_in(ts, k).last()?;
                let c = &ctx.cands[ci];
                let (from, to) = if c.tok_start > ts + 1 { (ts, c.tok_start) } else { (mend, te) };
                return (from < to).then(|| Found { start: toks[from].start, end: toks[to - 1].end, speaker: Some(ci), cue, confidence: Confidence::CUE });
            }
            let near_start = k <= ts + 1 || (k <= ts + 3 && self.connectives.contains(&toks[ts].lower));
            let claimant = ctx.prefer_syntactic_source((ts, te), k, mend, ctx.cands_in(mend, (mend + 6).min(te)).next());
            // At the start of a sentence the marker holds even when the source is
            // not an actor we know ("Selon la présidence polonaise du Conseil, …").
            // Later, too, when a marker of several words ("according to", "nach
            // Angaben"; one word like "per" or "secondo" is too often a plain
            // preposition) has a short source that closes the sentence ("…,
            // according to police.") or, set off by commas, follows a short
            // opening ("One child was, according to the fire service, among …").
            let unnamed_source_end = (mend > k + 1)
                .then(|| (mend..(mend + 6).min(te)).find(|&j| matches!(toks[j].text.as_str(), "," | "." | ";" | "!" | "?")))
                .flatten()
                .filter(|&j| j > mend && (j + 1 >= te || (toks[j].text == "," && k <= ts + 8)));
            if claimant.is_none() && !near_start && unnamed_source_end.is_none() {
                continue;
            }
            let after_source = claimant.map(|ci| ctx.cands[ci].tok_end).or(unnamed_source_end.filter(|_| !near_start)).unwrap_or(mend);
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
            } else if self.words_unquoted(toks[ts].start, toks[k - 1].end) < 3 {
                // "« … », sono le parole del presidente": the marker attributes a quotation, nothing more.
                return None;
            } else if k > ts && toks[k - 1].text == "," && after_source + 2 < te && toks[after_source].text == "," {
                // Set off by commas in the middle: the whole sentence is reported.
                (ts, te)
            } else {
                (ts, if k > ts && toks[k - 1].text == "," { k - 1 } else { k })
            };
            return (to > from).then(|| Found { start: toks[from].start, end: toks[to - 1].end, speaker: claimant, cue, confidence: Confidence::CUE });
        }
        None
    }

    /// Subject + cue verb + content, or "content, rapporte le Financial Times".
    fn by_cue_verb(&self, s: &Sentence) -> Option<Found> {
        let toks = &self.ctx.text.tokens;
        let (ts, te) = (s.tok_start, s.tok_end);
        let mut k = ts;
        while k < te {
            let Some((ce, kind)) = is_cue(self.ctx.text, k) else {
                k += 1;
                continue;
            };
            if self.in_quote(toks[k].start) || ce > te {
                k += 1;
                continue;
            }
            let subject = self.ctx.subject_before(ts, k);
            let found = self.content_first(s, k, ce, kind, subject).or_else(|| self.content_after(s, k, ce, subject));
            // "“…”, she said, noting it was the worst year": what the first cue
            // reports is the quotation; a later cue may report a clause of its own.
            if let Some(mut f) = found.filter(|f| self.words_unquoted(f.start, f.end) >= 3) {
                // Once a report is found, the parse settles who made it.
                if f.speaker == subject {
                    f.speaker = self.ctx.prefer_syntax((ts, te), k, ce, subject);
                }
                // "Declaró que …", "Ha detto che …": a sentence that opens with the
                // verb drops its subject; the person last named speaks.
                if f.speaker.is_none() && k == ts && matches!(self.ctx.lang, "es" | "it") {
                    f.speaker = self.ctx.last_person_before(toks[ts].start);
                    f.confidence = Confidence::RECENT_PERSON;
                }
                return Some(f);
            }
            k = ce;
        }
        None
    }

    /// The reported part before the cue: ", rapporte le Financial Times.",
    /// "Content…, the company said (on Friday)."
    fn content_first(&self, s: &Sentence, k: usize, ce: usize, kind: CueKind, subject: Option<usize>) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let (ts, te) = (s.tok_start, s.tok_end);
        if kind == CueKind::Belief {
            return None;
        }
        let cue = Some(ctx.tok_span(k, ce));
        // Inverted report: the source ends the sentence; in ", sagte ein Sprecher
        // des Vereins" it is the organisation the spokesperson speaks for.
        if k > ts + 3 && toks[k - 1].text == "," {
            if let Some(ci) = ctx.cands_in(ce, (ce + 4).min(te)).filter(|&ci| ctx.cands[ci].tok_end + 1 >= te).last() {
                return Some(Found { start: toks[ts].start, end: toks[k - 2].end, speaker: Some(ci), cue, confidence: Confidence::CUE });
            }
        }
        let Some(ci) = subject else {
            // "The entire crew were Iranians, the army said.": a source the parse
            // finds though it names no actor.
            let from = ctx.content_before_source((ts, te), k, ce).filter(|&f| f > ts + 3 && toks[f - 1].text == ",")?;
            return Some(Found { start: toks[ts].start, end: toks[from - 2].end, speaker: None, cue, confidence: Confidence::CUE });
        };
        let c = &ctx.cands[ci];
        let no_that = !(ce..(ce + 6).min(te)).any(|n| self.is_that(&toks[n]));
        // Short tail after the cue ("said on Friday.", "said in a statement, adding…").
        let tail_short = te - ce <= 6 || (ce..(ce + 5).min(te)).any(|n| toks[n].text == ",");
        let apposition = toks.get(c.tok_end).is_some_and(|t| t.text == ",");
        let comma = self.comma_before_source(ts, c.tok_start)?;
        let reported_first = comma > ts + 4 && c.tok_end + 2 >= k && no_that && tail_short && !apposition;
        reported_first.then(|| Found { start: toks[ts].start, end: toks[comma - 1].end, speaker: Some(ci), cue, confidence: Confidence::CUE })
    }

    /// The comma that ends content reported before its source, right before
    /// the source's name or before a short description of it: "…, Anderson
    /// Cooper announced", "…, her son Anderson Cooper announced", "…, the
    /// company's chief executive Jan Novak said".
    fn comma_before_source(&self, ts: usize, source_start: usize) -> Option<usize> {
        let toks = &self.ctx.text.tokens;
        let comma = (source_start.saturating_sub(5).max(ts)..source_start).rev().find(|&j| toks[j].text == ",")?;
        let article = |w: &str| matches!(w, "the" | "a" | "an" | "le" | "la" | "l'" | "il" | "el" | "der" | "die" | "das");
        let plain = (comma + 1..source_start).all(|j| {
            let t = &toks[j];
            (t.is_word || t.text == "'s") && (article(&t.lower) || !crate::names::is_function_word(&t.lower)) && is_cue(self.ctx.text, j).is_none() && !self.is_that(t)
        });
        plain.then_some(comma)
    }

    /// The reported part after the cue: "said (that) …", "sagte, dass …",
    /// "schrieb …, Deutschland zeige …", "a accusé X de purger …".
    fn content_after(&self, s: &Sentence, k: usize, ce: usize, subject: Option<usize>) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let (ts, te) = (s.tok_start, s.tok_end);
        let mut j = ce;
        // "räumte ein, dass": a separable particle right after the verb is part of it.
        while j < te && (self.adverbs.iter().any(|a| *a == toks[j].lower) || self.particles.iter().any(|p| *p == toks[j].lower) || toks[j].text == ",") && !(ctx.lang == "de" && toks[j].text == ",") {
            j += 1;
        }
        // German puts a comma before the complementizer: "sagte, dass …".
        let german_that = (ctx.lang == "de" && j + 2 < te && toks[j].text == ",").then(|| j + 1).filter(|&n| self.is_that(&toks[n]));
        // "a indiqué jeudi dernier que", "said on Tuesday that", "había advertido la semana pasada de que".
        let after_that = (j..(j + 6).min(te))
            .take_while(|&n| !matches!(toks[n].text.as_str(), "," | ":" | ";" | "." | "«" | "“" | "„" | "\""))
            .find(|&n| self.is_that(&toks[n]))
            .map(|n| if n + 1 < te && toks[n + 1].text == "'" { n + 2 } else { n + 1 })
            .or(german_that.map(|n| n + 1));
        // German reports often put the clause after a comma further on:
        // "schrieb auf der Plattform Mastodon, Deutschland zeige, dass …".
        let german_clause = (ctx.lang == "de")
            .then(|| (j..(j + 8).min(te)).find(|&n| toks[n].text == "," && n + 1 < te))
            .flatten()
            .filter(|&comma| toks[comma + 1..te].iter().any(|t| self.markers.contains(&t.lower)));
        let middle_field = if ctx.lang == "de" && after_that.is_none() && german_clause.is_none() { self.german_after_middle_field(ce, te) } else { None };
        let content_start = match (after_that, german_clause) {
            (Some(n), _) => Some(n),
            (None, Some(comma)) => Some(comma + 1),
            (None, None) if middle_field.is_some() => middle_field,
            // Without "that", English needs the parse to see a clause ("said the
            // plan failed"), not an addressee ("told reporters in Ohio").
            (None, None) if content_may_start(ctx, j) && !(ctx.lang == "en" && ctx.plain_object((ts, te), k, ce)) => Some(if ctx.lang == "de" { j + 1 } else { j }).filter(|&cs| cs < te),
            (None, None) => infinitive_after(ctx, j, te).or_else(|| self.clause_after_adjunct(j, te)),
        }?;
        // "a promis d'engager …", "ha minacciato di attaccare …": an infinitive is a clause as clear as "that".
        let infinitive = after_that.is_none() && german_clause.is_none() && middle_field.is_none() && content_start > j;
        // With an explicit complementizer the report stands even when the
        // speaker is no actor we know ("A government spokesperson said that …").
        // Reported in the reportative mood ("Ein Sprecher sagte, die Technik sei …").
        let reported_clause = german_clause.is_some() || (ctx.lang == "de" && toks[content_start..te].iter().any(|t| self.markers.contains(&t.lower)));
        let pro_drop = k == ts && matches!(ctx.lang, "es" | "it") && after_that.is_some();
        let subject_ok = subject.is_some()
            || pro_drop
            || ((after_that.is_some() || reported_clause || middle_field.is_some() || infinitive || ctx.reports_clause((ts, te), k, ce)) && self.words_before(ts, k))
            || matches!(ctx.syntactic_subject((ts, te), k, ce), Some(Some(_)));
        let starts_quote = toks.get(content_start).is_some_and(|t| is_quote_mark(&t.text)) || toks.get(j).is_some_and(|t| t.text == ":");
        // A quotation introduced by a colon later in the sentence ("… qué está en
        // juego: «…»") ends the claim; a partial quote inside it ("said the
        // victims were “ripe and vulnerable”") is part of what is reported.
        let end = self
            .quotes
            .iter()
            .filter(|q| q.start > toks[content_start].start && q.start < s.end && after_colon(ctx.text, q.start))
            .map(|q| q.start.saturating_sub(1))
            .min()
            .unwrap_or(s.end)
            .min(self.gerund_clause_start(content_start, te).unwrap_or(s.end));
        let words = toks[content_start..te].iter().filter(|t| t.is_word && t.end <= end).count();
        (subject_ok && words >= 3 && !starts_quote).then(|| Found { start: toks[content_start].start, end, speaker: subject, cue: Some(ctx.tok_span(k, ce)), confidence: Confidence::CUE })
    }

    /// English "said at a press conference yesterday the gun laws should be
    /// changed": past an adjunct that opens with a preposition, a clause
    /// without "that" starts at a determiner or pronoun whose verb (an
    /// auxiliary) follows within a few words. Its first token.
    fn clause_after_adjunct(&self, j: usize, te: usize) -> Option<usize> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        if ctx.lang != "en" || !toks.get(j).is_some_and(|t| matches!(t.lower.as_str(), "at" | "in" | "on" | "during" | "after" | "before")) {
            return None;
        }
        let auxiliaries = resource_list(ctx.res, ctx.lang, |c| &c.auxiliaries);
        let opens_clause = |t: &crate::Token| matches!(t.lower.as_str(), "the" | "he" | "she" | "it" | "they" | "we" | "i" | "his" | "her" | "its" | "their" | "this" | "these" | "there");
        let stop = (j..(j + 10).min(te)).find(|&n| matches!(toks[n].text.as_str(), "," | ";" | ":" | "." | "“" | "\"" | "«")).unwrap_or((j + 10).min(te));
        (j + 2..stop).find(|&n| opens_clause(&toks[n]) && (n + 1..(n + 5).min(te)).any(|m| auxiliaries.contains(&toks[m].lower)))
    }

    /// Where a gerund clause after a comma opens within the content starting
    /// at token `from` ("pregare per il papa emerito, recitando con la folla
    /// …", "…, en affirmant …"): the speaker's act, not what was said. Its
    /// comma's char position. Not in English, where "-ing" ends many nouns.
    fn gerund_clause_start(&self, from: usize, te: usize) -> Option<usize> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let lex = ctx.res.cues.get(ctx.lang).filter(|_| ctx.lang != "en")?;
        let gerund = |t: &crate::Token| t.is_word && t.lower.chars().count() > 5 && lex.gerund_suffixes.iter().any(|x| t.lower.ends_with(x.as_str()));
        (from + 2..te.saturating_sub(1)).find(|&k| {
            let verb = match &lex.gerund_marker {
                Some(m) => toks[k + 1].lower == *m && toks.get(k + 2).is_some_and(gerund),
                None => gerund(&toks[k + 1]),
            };
            toks[k].text == "," && verb && !self.in_quote(toks[k].start)
        }).map(|k| toks[k].start)
    }

    /// Whether the words before the cue at `k` can be its subject: two or
    /// more words ("The minister said"), or, outside German, one word that is
    /// not a function word or adverb ("Brudziński said that", "Officials
    /// reported"). German puts anything before a verb-second cue ("Gestern
    /// sagte er"), so one word there says nothing.
    fn words_before(&self, ts: usize, k: usize) -> bool {
        let first = &self.ctx.text.tokens[ts];
        let one_word_subject = self.ctx.lang != "de" && first.is_word && !crate::names::is_function_word(&first.lower) && !self.adverbs.contains(&first.lower);
        k > ts + 1 || (k == ts + 1 && one_word_subject)
    }

    /// German puts the middle field between the verb and its clause: "gab in
    /// einer Fernsehansprache bekannt, dass …", "rief die Geberländer dazu
    /// auf, eine größere Rolle … zu spielen". The content after the comma
    /// that ends it: a "dass" clause, or an infinitive with "zu".
    fn german_after_middle_field(&self, ce: usize, te: usize) -> Option<usize> {
        let toks = &self.ctx.text.tokens;
        let comma = (ce..(ce + 12).min(te)).take_while(|&n| !matches!(toks[n].text.as_str(), "." | ";" | ":" | "„" | "“" | "\"" | "«")).find(|&n| toks[n].text == "," && n + 2 < te)?;
        if self.is_that(&toks[comma + 1]) {
            return Some(comma + 2);
        }
        // "…, um Kerzen anzuzünden", "…, ohne zu zögern": a purpose or manner clause, nothing said.
        if matches!(toks[comma + 1].lower.as_str(), "um" | "ohne" | "statt" | "anstatt") {
            return None;
        }
        let clause_end = (comma + 1..te).find(|&n| matches!(toks[n].text.as_str(), "," | "." | ";" | ":")).unwrap_or(te);
        let zu_infinitive = (comma + 1..clause_end).any(|n| toks[n].lower == "zu" && toks.get(n + 1).is_some_and(|v| v.lower.ends_with("en") && n + 2 >= clause_end))
            || toks.get(clause_end.wrapping_sub(1)).is_some_and(|v| v.lower.contains("zu") && v.lower.ends_with("en") && v.lower.len() > 6 && !v.is_capitalised());
        zu_infinitive.then_some(comma + 1)
    }

    /// A clause a reportative adverb marks as reported, its source unnamed:
    /// "This was reportedly the first such occurrence", "Der Täter soll
    /// angeblich …". The whole clause.
    fn reportative_adverb(&self, s: &Sentence) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let adverbs = resource_list(ctx.res, ctx.lang, |c| &c.reportative_adverbs);
        let auxiliaries = resource_list(ctx.res, ctx.lang, |c| &c.auxiliaries);
        // On the clause's own verb, right after its auxiliary ("was reportedly",
        // "are, reportedly,"), not on a participle ("an attack reportedly conducted by").
        let after_auxiliary = |k: usize| (s.tok_start..k).rev().take(2).find(|&j| toks[j].text != ",").is_some_and(|j| auxiliaries.contains(&toks[j].lower));
        // Or before it: "The first attack reportedly was in Al Noor Mosque".
        let before_auxiliary = |k: usize| k > s.tok_start && toks.get(k + 1).is_some_and(|t| k + 1 < s.tok_end && auxiliaries.contains(&t.lower));
        (s.tok_start..s.tok_end).find(|&k| adverbs.contains(&toks[k].lower) && !self.in_quote(toks[k].start) && (after_auxiliary(k) || before_auxiliary(k)))?;
        // The adverb names no source, so the claim has no cue to name one.
        Some(Found { start: s.start, end: s.end, speaker: None, cue: None, confidence: Confidence::CLAUSE })
    }

    /// A report in the passive, with no source (English has the lexicon for
    /// it): "The attacker is reported to have jumped on stage", "whose eye was
    /// said to have been injured". The clause from its subject (or relative
    /// pronoun) on.
    fn passive_report(&self, s: &Sentence) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let lex = ctx.res.cues.get(ctx.lang)?;
        let marker = lex.passive_report_marker.as_ref()?;
        let (ts, te) = (s.tok_start, s.tok_end);
        let k = (ts + 1..te.saturating_sub(2)).find(|&k| {
            lex.passive_report_auxiliaries.contains(&toks[k - 1].lower)
                && lex.passive_report_verbs.contains(&toks[k].lower)
                && toks[k + 1].lower == *marker
                && !self.in_quote(toks[k].start)
        })?;
        let relative = (ts..k).rev().find(|&j| matches!(toks[j].lower.as_str(), "who" | "whose" | "which"));
        // A relative clause ends at its comma.
        let end = relative.and_then(|_| (k..te).find(|&j| toks[j].text == ",")).map_or(s.end, |j| toks[j - 1].end);
        // No cue is given: the passive names no source, and the subject is not one.
        Some(Found { start: toks[relative.unwrap_or(ts)].start, end, speaker: None, cue: None, confidence: Confidence::CLAUSE })
    }

    /// The actor before the first speech cue of clause `s`, outside quotations.
    fn speaker_of_cue(&self, s: &Sentence) -> Option<usize> {
        let toks = &self.ctx.text.tokens;
        let k = (s.tok_start..s.tok_end).find(|&k| !self.in_quote(toks[k].start) && is_cue(self.ctx.text, k).is_some_and(|(_, kind)| kind == CueKind::Speech))?;
        self.ctx.subject_before(s.tok_start, k)
    }

    /// Continuation in the reportative mood ("les demandes concerneraient…"),
    /// right after a claim and with no new speaker, by the same claimant.
    fn continuation(&self, s: &Sentence, si: usize, last_claim: Option<(usize, Option<usize>)>) -> Option<Found> {
        let (ctx, toks) = (self.ctx, &self.ctx.text.tokens);
        let (ts, te) = (s.tok_start, s.tok_end);
        let (prev_si, speaker) = last_claim?;
        let reportative = toks[ts..te].iter().any(|t| t.is_word && ((t.lower.chars().count() > 6 && self.suffixes.iter().any(|x| t.lower.ends_with(x.as_str()))) || self.markers.contains(&t.lower)));
        // A new speaker ends the continuation: a cue verb right after a mention.
        let has_cue = (ts..te).any(|k| is_cue(ctx.text, k).is_some() && ctx.cands_in(ts, k).any(|ci| ctx.cands[ci].tok_end + 3 >= k));
        if prev_si + 1 != si || !reportative || has_cue {
            return None;
        }
        let mut from = ts;
        if let Some(comma) = (ts..(ts + 4).min(te)).find(|&j| toks[j].text == ",") {
            let lead: String = toks[ts..comma].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
            if self.connectives.contains(&lead) {
                from = comma + 1;
            }
        }
        Some(Found { start: toks[from].start, end: s.end, speaker, cue: None, confidence: Confidence::CLAUSE })
    }
}
