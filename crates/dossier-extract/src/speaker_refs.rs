//! Speaker references: the `SpeakerRef` a found quote or claim carries — its
//! actor, the words the text uses for it (widened to the whole phrase where
//! the mention alone says too little), its role and a confidence.

use crate::attribution::{Confidence, Context, Found};
use crate::names::Referent;
use crate::resolve::Resolver;
use crate::tidy::Titles;
use dossier_core::SpeakerRef;

/// Builds the speaker references of one document's statements.
pub(crate) struct SpeakerRefs<'x, 'a> {
    pub(crate) ctx: &'x Context<'a>,
    pub(crate) resolver: &'x Resolver<'a>,
    pub(crate) titles: &'x Titles,
}

impl SpeakerRefs<'_, '_> {
    /// The speaker of statement `f`; the candidate that speaks is added to `used`.
    pub(crate) fn of(&self, f: &Found, used: &mut Vec<usize>) -> Option<SpeakerRef> {
        let Some(ci) = f.speaker else { return self.unnamed(f, used) };
        used.push(ci);
        let (text, c) = (self.ctx.text, &self.ctx.cands[ci]);
        let resolved_id = self.resolver.actor_id(ci);
        // A pronoun or description had to be resolved first: one more way to be wrong.
        let resolved = matches!(c.referent, Referent::Pronoun(_) | Referent::Description(_));
        let role = crate::roles::speaker_role(text, self.ctx.cands, c, self.titles);
        let (start, end) = self.words(f, ci, resolved_id.is_none());
        // An unresolved description may still name its actor by its head noun.
        let named_id = resolved_id.is_none().then(|| self.actor_named(&text.slice(start, end), used)).flatten();
        let confidence = match (&resolved_id, &named_id) {
            (None, None) => 0.0,
            (None, Some(_)) => Confidence::CLAUSE * 0.8,
            _ if resolved => f.confidence * 0.8,
            _ => f.confidence,
        };
        let actor_id = resolved_id.or(named_id);
        Some(SpeakerRef { actor_id, text: text.slice(start, end), start, end, role, confidence: Some((confidence * 100.0).round() / 100.0) })
    }

    /// The words of speaker candidate `ci`: an unresolved description says all
    /// it can in its whole noun phrase; an actor speaking through a phrase
    /// ("Clinton's campaign said") keeps the phrase; else the mention.
    fn words(&self, f: &Found, ci: usize, unresolved: bool) -> (usize, usize) {
        let c = &self.ctx.cands[ci];
        let possessor = self.ctx.text.tokens.get(c.tok_end).is_some_and(|t| t.text == "'");
        if unresolved && matches!(c.referent, Referent::Description(_)) {
            self.ctx.noun_phrase(ci)
        } else if possessor {
            self.unnamed_span(f).filter(|&(s, e)| s <= c.start && c.end < e).unwrap_or((c.start, c.end))
        } else {
            (c.start, c.end)
        }
    }

    /// A source the text names without naming an actor ("a fire officer said
    /// …", "The report said …", "», ha spiegato un poliziotto"): its words,
    /// with no actor id.
    fn unnamed(&self, f: &Found, used: &mut Vec<usize>) -> Option<SpeakerRef> {
        let (start, end) = self.unnamed_span(f)?;
        let words = self.ctx.text.slice(start, end);
        let actor_id = self.actor_named(&words, used);
        let confidence = if actor_id.is_some() { Confidence::CLAUSE } else { 0.0 };
        Some(SpeakerRef { actor_id, text: words, start, end, role: None, confidence: Some(confidence) })
    }

    /// The char span of the source statement `f`'s cue names: the cue verb's
    /// subject phrase, or the noun phrase right after it.
    fn unnamed_span(&self, f: &Found) -> Option<(usize, usize)> {
        let text = self.ctx.text;
        let (cue_start, cue_end) = f.cue?;
        let s = text.sentences[text.sentence_at(cue_start)?];
        let (cs, ce) = (text.token_at_or_after(cue_start), text.token_at_or_after(cue_end));
        // "« Les niveaux étaient substantiels », ajoute le documentaire": the
        // parse may take the quotation's own words for the subject.
        let quoted = |&(a, b): &(usize, usize)| self.ctx.quoted.iter().any(|&(qa, qb)| qa <= a && b <= qb);
        self.ctx.subject_phrase((s.tok_start, s.tok_end), cs, ce).filter(|p| !quoted(p)).or_else(|| self.ctx.phrase_after_cue(ce))
    }

    /// The actor that another mention in the document names with exactly
    /// these words ("TVN24 reported …" where the detector missed this
    /// "TVN24" but found another); `None` when no mention or several actors do.
    /// The mention is added to `used`, so that the actor is listed.
    fn actor_named(&self, words: &str, used: &mut Vec<usize>) -> Option<String> {
        let text = self.ctx.text;
        let names: Vec<(usize, String)> = (0..self.ctx.cands.len())
            .filter(|&ci| !matches!(self.ctx.cands[ci].referent, Referent::Pronoun(_) | Referent::Description(_) | Referent::Place(_)))
            .map(|ci| (ci, text.slice(self.ctx.cands[ci].start, self.ctx.cands[ci].end)))
            .collect();
        let only_actor = |found: &mut dyn Iterator<Item = usize>| {
            let mut ids = found.filter_map(|ci| self.resolver.actor_id(ci).map(|id| (ci, id)));
            let first = ids.next()?;
            ids.all(|(_, id)| id == first.1).then_some(first)
        };
        let mut take = |(ci, id): (usize, String)| {
            used.push(ci);
            id
        };
        if let Some(found) = only_actor(&mut names.iter().filter(|(_, name)| name == words).map(|(ci, _)| *ci)) {
            return Some(take(found));
        }
        // "la porte-parole de la fédération", "the fire service", "der
        // Staatsanwaltschaft": the head noun is a word of one actor's name
        // ("Fédération belge du secteur financier", "Delhi Fire Service").
        let head = words.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty())?.to_lowercase();
        if head.chars().count() < 5 {
            return None;
        }
        let in_name = |name: &str| name.split(|c: char| !c.is_alphanumeric()).any(|w| w.to_lowercase() == head);
        only_actor(&mut names.iter().filter(|(_, name)| in_name(name)).map(|(ci, _)| *ci)).map(take)
    }
}

/// Who a quotation's words are attributed to: a partial quotation inside a
/// report without a cue of its own ("The army said the plane brought meat
/// “to help the economy”") is the report's source speaking.
pub(crate) fn source_of_quote(q: &Found, claims: &[Found]) -> Found {
    let inside_claim = claims.iter().find(|c| c.start <= q.start && q.end <= c.end + 1 && c.cue.is_some());
    match inside_claim {
        // Also a quotation too far from the cue for it to name anyone ("Le Figaro
        // annonce … que X aurait été tué … par « un tir d'obus … »").
        Some(c) if q.confidence < Confidence::CUE || (q.speaker.is_none() && q.cue.is_none()) => Found { start: q.start, end: q.end, ..c.clone() },
        _ => q.clone(),
    }
}
