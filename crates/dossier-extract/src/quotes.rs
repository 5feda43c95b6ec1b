//! Direct quotes: quotation marks paired in every style the five languages
//! use, scare quotes told from quotations and partial quotes, each with its
//! speaker (found by `attribution.rs`).

use crate::attribution::{governs, Confidence, Context, Found};
use crate::resources::CueKind;
use crate::text::Text;

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

/// The quotations of `text` as `(open, close)` char positions: the pairs of
/// [`pair_quote_marks`], with a pair cut in two where an attribution set off
/// by dashes interrupts it. «All'ingresso non mi è stato fornito nessun
/// opuscolo - dichiara Aceto -. L'ho preso …» is two quotations by Aceto, and
/// "dichiara Aceto" is no quoted speech; Spanish writes «…—dijo el ministro—…».
/// The second part opens at its dash.
pub(crate) fn quotation_pairs(text: &Text) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (open, close) in pair_quote_marks(&text.chars) {
        match inner_attribution(text, open, close) {
            Some((d1, d2)) => out.extend([(open, d1), (d2, close)]),
            None => out.push((open, close)),
        }
    }
    out
}

/// The two dashes around an attribution inside the quotation `(open, close)`:
/// the first is followed by a cue verb, the second comes within a few words.
fn inner_attribution(text: &Text, open: usize, close: usize) -> Option<(usize, usize)> {
    let chars = &text.chars;
    // A spaced dash, or an em dash however written; not the hyphen of "K.-o.".
    let is_dash = |i: usize| chars[i] == '—' || (matches!(chars[i], '-' | '–') && chars[i - 1].is_whitespace());
    let cue_after = |i: usize| {
        let k = text.token_at_or_after(i + 1);
        text.cues.get(k).is_some_and(Option::is_some)
    };
    let d1 = (open + 1..close).find(|&i| is_dash(i) && cue_after(i))?;
    let d2 = (d1 + 1..close.min(d1 + 80)).find(|&i| matches!(chars[i], '-' | '–' | '—'))?;
    let has_words = |a: usize, b: usize| chars[a..b].iter().any(|c| c.is_alphanumeric());
    (has_words(open + 1, d1) && has_words(d2 + 1, close)).then_some((d1, d2))
}

pub(crate) fn is_quote_mark(s: &str) -> bool {
    matches!(s, "«" | "»" | "“" | "”" | "„" | "\"" | "‹" | "›" | "‚" | "‘")
}

/// Find direct quotes. Short quoted terms without attribution are scare
/// quotes (« porte dérobée ») and are skipped.
pub fn find_quotes(ctx: &Context) -> Vec<Found> {
    let text = ctx.text;
    let mut out: Vec<Found> = Vec::new();
    let pairs = quotation_pairs(text);
    for (pi, &(open, close)) in pairs.iter().enumerate() {
        let (mut start, end) = content_bounds(&text.chars, open, close);
        // The part after an inner attribution opens at its dash: "-. L'ho preso".
        if matches!(text.chars[open], '-' | '–' | '—') {
            while start < end && (text.chars[start].is_whitespace() || matches!(text.chars[start], '.' | ',' | ';' | ':')) {
                start += 1;
            }
        }
        let (first_tok, end_tok) = (text.token_at_or_after(start), text.token_at_or_after(end));
        let words = text.tokens[first_tok..end_tok].iter().filter(|t| t.is_word).count();
        let Some(si) = text.sentence_at(open).filter(|_| words > 0) else { continue };
        let sentence = text.sentences[si];
        let next_open = pairs.get(pi + 1).map(|p| p.0).unwrap_or(usize::MAX);
        let prev_close = pi.checked_sub(1).map(|p| pairs[p].1 + 1).unwrap_or(0);
        // A semicolon ends the clause that can name the speaker: in "X said Y was
        // in a “serious” condition; TVN24 reported …" TVN24 does not say it.
        // Looked for near the marks only, so that a text without sentence ends stays linear.
        let near_end = sentence.end.min(next_open).min(close + 1 + NEAR);
        let clause_end = (close + 1..near_end).find(|&i| text.chars[i] == ';').unwrap_or(sentence.end);
        let near_start = sentence.start.max(prev_close).max(open.saturating_sub(NEAR));
        let clause_start = (near_start..open).rev().find(|&i| text.chars[i] == ';').map_or(sentence.start, |i| i + 1);
        let (after_from, after_to) = (text.token_at_or_after(close + 1), text.token_at_or_after(clause_end.min(next_open)));
        let (before_from, before_to) = (text.token_at_or_after(clause_start.max(prev_close)), text.token_at_or_after(open));
        let mut attribution = ctx
            .speaker_after(after_from, after_to)
            .or_else(|| ctx.speaker_before(before_from, before_to))
            .or_else(|| ctx.subject_of_coordinated_cue((after_from, after_to), (before_from, before_to)));
        let mut confidence = if attribution.as_ref().is_some_and(|(_, cue)| *cue == NO_CUE) { Confidence::CLAUSE } else { Confidence::CUE };
        let starts_sentence = before_to <= before_from;
        // "Die grundlegenden Bedürfnisse „…“": a quotation in a sentence that
        // names nobody before it continues the previous sentence's speaker.
        let nobody_before = starts_sentence || ctx.cands_in(before_from, before_to).next().is_none();
        if attribution.is_none() && nobody_before {
            attribution = speaker_opening_next_sentence(ctx, close);
        }
        if attribution.is_none() && nobody_before && si > 0 {
            (attribution, confidence) = carried_over(ctx, &out, si);
        }
        // "« A », lui avait dit X, …, avant de poursuivre « B »": B is X's too.
        if let Some(carried) = continued_speaker(ctx, &out, attribution.as_ref(), (before_from, before_to), si) {
            (attribution, confidence) = (Some(carried), Confidence::CARRIED);
        }
        // "», a-t-il ajouté" resolved above; "», ha aggiunto." names nobody: the
        // speaker is the most recent person or speaker before the quote.
        // But "», ha spiegato un poliziotto" names someone the text does not
        // name: no guess (the source's words come from the parse).
        let subject_follows = attribution.as_ref().is_some_and(|(_, cue)| *cue != NO_CUE && text.tokens.get(text.token_at_or_after(cue.1)).is_some_and(|t| is_article(&t.lower)));
        if let (Some((None, cue)), false) = (attribution, subject_follows) {
            confidence = Confidence::RECENT_PERSON;
            let recent = out.last().and_then(|q| q.speaker);
            // Not a name inside an earlier quotation: those are quoted, not speaking.
            let last_person = ctx.last_person_before(open);
            // "wurde von der Labour Party als „…“ bezeichnet": the passive names its agent.
            let agent = ctx.passive_agent(before_from, before_to);
            // "Travaglio, ospite di Fabio Fazio, ha attaccato Schifani: lo ha
            // paragonato a un «lombrico»": mid-sentence, the sentence's subject.
            let sentence_from = text.token_at_or_after(sentence.start);
            let subject = (before_to > sentence_from).then(|| ctx.clause_subject(sentence_from, before_to)).flatten().filter(|&ci| ctx.is_person(ci) || matches!(ctx.cands[ci].referent, crate::Referent::Registry(_)));
            // "che definisce «A» e parla di «B»": B goes on from A's speaker.
            let same_sentence = earlier_in_sentence(text, &out, si).and_then(|q| q.speaker);
            attribution = Some((agent.or(same_sentence).or(subject).or(last_person).or(recent), cue));
        }
        let attributed = attribution.as_ref().is_some_and(|(s, _)| s.is_some()) || subject_follows;
        let sentence_like = text.chars[start..end].iter().any(|c| matches!(c, '.' | '!' | '?' | ',' | ';')) || words >= 8;
        let partial = attributed && governed(ctx, text.token_at_or_after(sentence.start), before_from, before_to) && !looks_like_a_name(&text.tokens[first_tok..end_tok]);
        // „Robert war phantastisch“, sagte Trump: a cue right after the marks.
        // The comma stands after the marks or, in English, inside them (“…,” she said).
        let comma_inside = text.chars[..close].iter().rev().find(|c| !c.is_whitespace()) == Some(&',');
        let comma_after = text.tokens.get(after_from).is_some_and(|t| t.text == ",");
        let cue_at = if comma_after { after_from + 1 } else { after_from };
        // Without a comma, a bare participle after the marks describes the quoted
        // words ("un « utilisateur fantôme » ajouté aux conversations").
        let participles = crate::resource_list(ctx.res, ctx.lang, |c| &c.participle_suffixes);
        let participle = text.tokens.get(cue_at).is_some_and(|t| participles.iter().any(|e| t.lower.ends_with(e.as_str())));
        let cue_follows = (comma_after || comma_inside || !participle)
            && attribution.as_ref().is_some_and(|(s, cue)| (s.is_some() || comma_after || comma_inside) && *cue != NO_CUE && (after_from..=cue_at + 1).contains(&text.token_at_or_after(cue.0)))
            && !looks_like_a_name(&text.tokens[first_tok..end_tok]);
        // Scare quotes: few words, no sentence inside, nobody saying them.
        if !(words >= 8 || (attributed && (sentence_like || words >= 4) && words >= 3) || (sentence_like && words >= 5 && starts_sentence) || partial || (cue_follows && words >= 2)) {
            continue;
        }
        let (speaker, cue) = match attribution {
            Some((s, c)) => (s, (c != NO_CUE).then_some(c)),
            None => (None, None),
        };
        out.push(Found { start, end, speaker, cue, confidence });
    }
    out
}

/// How far from its marks (in chars) a quotation's clause boundary is sought.
const NEAR: usize = 300;

/// An indefinite or definite article: a noun phrase follows.
pub(crate) fn is_article(word: &str) -> bool {
    matches!(word, "a" | "an" | "the" | "un" | "une" | "le" | "la" | "les" | "l" | "ein" | "eine" | "einer" | "der" | "die" | "das" | "uno" | "una" | "el" | "los" | "las" | "il" | "lo" | "gli" | "i")
}

/// The cue span of an attribution made without a cue verb.
const NO_CUE: (usize, usize) = (0, 0);

/// A speaker candidate and the cue that names it (`NO_CUE` when none).
type Attribution = (Option<usize>, (usize, usize));

/// The quoted words without the marks, the padding and the English
/// attribution comma inside the marks (“…,” she said).
fn content_bounds(chars: &[char], open: usize, close: usize) -> (usize, usize) {
    let (mut s, mut e) = (open + 1, close);
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && (chars[e - 1].is_whitespace() || chars[e - 1] == ',') {
        e -= 1;
    }
    (s, e)
}

/// Whether a speech verb governs a quotation opening at `before_to`: right
/// before the marks ("called the plan a “catastrophic mistake”", "qualifié
/// de « dangereux »"), or earlier in the same sentence for fragments of
/// reported speech ("Bush sagte, dass Bolton in „unfairer Art“ …").
fn governed(ctx: &Context, sentence_from: usize, before_from: usize, before_to: usize) -> bool {
    ctx.last_cue_in(before_from, before_to).is_some_and(|(_, ce, _)| governs(&ctx.text.tokens, ce, before_to))
        || ctx.last_cue_in(sentence_from, before_to).is_some_and(|(_, _, kind)| kind == CueKind::Speech)
}

/// The quotation found last, when it is in sentence `si` too.
fn earlier_in_sentence<'f>(text: &Text, out: &'f [Found], si: usize) -> Option<&'f Found> {
    out.last().filter(|q| text.sentence_at(q.start) == Some(si))
}

/// The speaker of the previous quotation of sentence `si`, when this one's
/// cue, before its marks in tokens `before`, is an infinitive or gerund that
/// goes on from it ("avant de poursuivre", "before adding").
fn continued_speaker(ctx: &Context, out: &[Found], attribution: Option<&Attribution>, before: (usize, usize), si: usize) -> Option<Attribution> {
    let (_, cue) = attribution.filter(|(_, cue)| *cue != NO_CUE)?;
    let cs = ctx.text.token_at_or_after(cue.0);
    let prev = earlier_in_sentence(ctx.text, out, si)?;
    let continues = (before.0..before.1).contains(&cs) && ctx.is_continuation_cue(cs);
    continues.then_some((Some(prev.speaker?), *cue))
}

/// Longest sentence read as the attribution of the quotation before it.
const ATTRIBUTION_SENTENCE_TOKENS: usize = 16;

/// “Is it over?” John Smith asked. — a quotation that ends its sentence with
/// its own question or exclamation mark, and a short next sentence without
/// quotations of its own that opens with a name (or a pronoun) and a cue:
/// that is the quotation's attribution.
fn speaker_opening_next_sentence(ctx: &Context, close: usize) -> Option<Attribution> {
    let text = ctx.text;
    // The sentence the closing mark is in: a quotation can hold several.
    let si = text.sentence_at(close)?;
    let sentence = text.sentences[si];
    let mark = |c: &char| matches!(c, '»' | '”' | '"' | '“' | '›' | '’' | '\'');
    let closes_sentence = text.chars[close + 1..sentence.end.max(close + 1)].iter().all(|c| c.is_whitespace() || mark(c));
    let ends_inside = text.chars[..close].iter().rev().find(|c| !c.is_whitespace() && !mark(c));
    // After a full stop the next sentence is usually a statement of its own
    // („Wir kennen einander gut.“ O′Brien nannte …); after ? or ! it asks or exclaims.
    if !closes_sentence || !matches!(ends_inside, Some('!' | '?')) {
        return None;
    }
    let next = text.sentences.get(si + 1)?;
    let quotes_of_its_own = text.tokens[next.tok_start..next.tok_end].iter().any(|t| is_quote_mark(&t.text));
    if next.tok_end - next.tok_start > ATTRIBUTION_SENTENCE_TOKENS || quotes_of_its_own {
        return None;
    }
    let speaker = ctx.cands_in(next.tok_start, next.tok_end).next().filter(|&ci| ctx.cands[ci].tok_start == next.tok_start)?;
    let after_name = ctx.cands[speaker].tok_end;
    let (cs, ce, _) = ctx.cue_in(after_name, (after_name + 2).min(next.tok_end))?;
    Some((Some(speaker), ctx.tok_span(cs, ce)))
}

/// The speaker of a quotation that opens sentence `si` with no attribution of
/// its own: the previous sentence's colon clause, its "Pour X, …", the
/// subject of its cue verb, the speaker of the quote just before, or the
/// person it is about ("Anna Weber was blunt. « … »").
fn carried_over(ctx: &Context, out: &[Found], si: usize) -> (Option<Attribution>, f64) {
    let text = ctx.text;
    let prev = text.sentences[si - 1];
    if text.chars[..prev.end].iter().rev().find(|c| !c.is_whitespace()) == Some(&':') {
        return (ctx.speaker_before(prev.tok_start, prev.tok_end), Confidence::CLAUSE);
    }
    let carried = |ci: usize| (Some((Some(ci), NO_CUE)), Confidence::CARRIED);
    if let Some(ci) = ctx.opinion_source(prev.tok_start, prev.tok_end) {
        // "Pour Antoine Leclerc, …, le débat est mal posé. « … »"
        return carried(ci);
    }
    // "Julien Ferrand, cofondateur…, redoute un effet domino. « … »"
    if let Some(ci) = ctx.cue_in(prev.tok_start, prev.tok_end).and_then(|(cs, _, _)| ctx.subject_before(prev.tok_start, cs)) {
        return carried(ci);
    }
    if let Some(q) = out.last().filter(|q| text.sentence_at(q.start).is_some_and(|s| s + 1 >= si)) {
        match (q.speaker, q.cue) {
            (Some(ci), _) => return carried(ci),
            // "« … », explicó un alto cargo del ministerio. « … »": the same
            // source the text names without naming an actor, by the same cue.
            (None, Some(cue)) => return (Some((None, cue)), Confidence::CARRIED),
            (None, None) => {}
        }
    }
    // A person, an organisation or a description of one; not a place.
    let can_speak = |ci: &usize| !matches!(ctx.cands[*ci].referent, crate::Referent::Place(_)) && !ctx.cands[*ci].weak;
    match ctx.clause_subject(prev.tok_start, prev.tok_end).filter(can_speak) {
        Some(ci) => carried(ci),
        None => (None, Confidence::CARRIED),
    }
}

/// A quoted name or title rather than words said: every word capitalised
/// ("Chat Control", "Great Orchestra of Christmas Charity" mostly).
fn looks_like_a_name(toks: &[crate::Token]) -> bool {
    let words: Vec<&crate::Token> = toks.iter().filter(|t| t.is_word).collect();
    words.len() >= 2 && words.iter().all(|t| t.is_capitalised())
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
