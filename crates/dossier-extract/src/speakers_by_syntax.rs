//! Speakers by syntax: what the dependency parse of a clause says about who
//! speaks (the subject of a cue verb, the object of "according to", a source
//! that names no actor, a description's whole noun phrase). The word-order
//! rules of `attribution.rs` ask these methods only where they are unsure;
//! `syntax.rs` parses.

use crate::attribution::Context;
use crate::quotes::is_quote_mark;

impl Context<'_> {
    /// The speaker the parse gives the cue at tokens `[cs, ce)` in the clause
    /// of tokens `clause`: the actor heading the cue verb's subject, else a
    /// person in it ("Jan Novak" in "the company's chief executive, Jan
    /// Novak,"), else its first actor ("the Delhi Fire Service" in "officials
    /// at the Delhi Fire Service"). `None` when the parse shows no subject;
    /// `Some(None)` when the subject names no actor.
    pub(crate) fn syntactic_subject(&self, clause: (usize, usize), cs: usize, ce: usize) -> Option<Option<usize>> {
        let parse = self.parses.clause(clause.0, clause.1)?;
        let subject = parse.subject_of(cs, ce)?;
        Some(self.actor_heading(&parse, subject))
    }

    /// The source an "according to" marker at tokens `[k, end)` names, by the
    /// parse: the phrase the marker hangs on ("According to Windsor Locks'
    /// first selectman, Chris Kervick," → Chris Kervick). As
    /// [`Context::syntactic_subject`].
    pub(crate) fn syntactic_source(&self, clause: (usize, usize), k: usize, end: usize) -> Option<Option<usize>> {
        let parse = self.parses.clause(clause.0, clause.1)?;
        let object = parse.marker_object(k, end)?;
        Some(self.actor_heading(&parse, object))
    }

    /// The actor a phrase headed by word `word` names: the actor at its head,
    /// a person named beside a role at its head, else a person in it, else
    /// its first actor.
    fn actor_heading(&self, parse: &crate::syntax::Parse, word: usize) -> Option<usize> {
        let (from, to) = parse.subtree_tokens(word);
        let (hs, he) = parse.word_tokens(word);
        let inside: Vec<usize> = self.cands_in(from, to).filter(|&ci| !matches!(self.cands[ci].referent, crate::Referent::Place(_)) || self.cands[ci].tok_start <= hs).collect();
        let head = inside.iter().copied().find(|&ci| self.cands[ci].tok_start <= hs && he <= self.cands[ci].tok_end);
        // A person whose first word is a known given name before other "persons"
        // a model found ("CDU-Landesgruppe Mecklenburg-Vorpommern, Eckhardt Rehberg").
        let given_name = |ci: usize| self.res.first_names.contains_key(self.text.tokens[self.cands[ci].tok_start].text.as_str());
        let person = inside.iter().copied().filter(|&ci| self.is_person(ci)).max_by_key(|&ci| (given_name(ci), std::cmp::Reverse(ci)));
        match head {
            Some(h) if matches!(self.cands[h].referent, crate::Referent::Description(_)) => {
                // "a spokesperson for Stagecoach South": the body the role speaks for.
                let owner = inside.iter().copied().find(|&ci| ci > h && !matches!(self.cands[ci].referent, crate::Referent::Description(_) | crate::Referent::Pronoun(_)));
                // "Der Richter Barrington D. Parker schrieb": the name after the role.
                let named = self.cands.iter().position(|n| n.tok_start == self.cands[h].tok_end).filter(|&n| self.is_person(n));
                named.or(person).or(owner).or(Some(h))
            }
            // "Windsor Locks' first selectman, Chris Kervick": the possessor is not the source.
            Some(h) if self.text.tokens.get(self.cands[h].tok_end).is_some_and(|t| t.text == "'") => inside.iter().copied().find(|&p| p != h && self.is_person(p)).or(Some(h)),
            // "CSU-Chef Edmund Stoiber": a role compound naming the organisation, then the person who speaks.
            Some(h) if self.text.tokens[self.cands[h].tok_start].text.contains('-') && !self.is_person(h) => {
                let next = inside.iter().copied().find(|&p| self.cands[p].tok_start == self.cands[h].tok_end && self.is_person(p));
                next.or(Some(h))
            }
            // "Venezuelas Oppositionsführer Juan Guaidó": a country heading the phrase of a named person.
            Some(h) if matches!(self.cands[h].referent, crate::Referent::Place(_)) => person.or(Some(h)),
            Some(h) => Some(h),
            None => person.or(inside.first().copied()),
        }
    }

    /// The char span of candidate `ci` widened to its noun phrase by the parse
    /// ("L'Association" → "L'Association des leaders religieux du Mali",
    /// "Le gouvernement" → "Le gouvernement malien"): what an unresolved
    /// description says of its speaker.
    pub(crate) fn noun_phrase(&self, ci: usize) -> (usize, usize) {
        let c = &self.cands[ci];
        let widened = self.text.sentence_at(c.start).and_then(|si| {
            let s = self.text.sentences[si];
            let end = self.parses.clause(s.tok_start, s.tok_end)?.noun_phrase_end(c.tok_end - 1)?;
            // Never into a quotation or past a comma the parse may have crossed.
            let end = (c.tok_end..end).find(|&k| self.text.tokens[k].text == "," || is_quote_mark(&self.text.tokens[k].text)).unwrap_or(end);
            (end > c.tok_end).then(|| self.text.tokens[end - 1].end)
        });
        (c.start, widened.unwrap_or(c.end))
    }

    /// The noun phrase right after a cue verb, opened by an article ("», ha
    /// spiegato [un poliziotto]", "», said [a spokesperson]"): a source the
    /// text names without naming an actor, as a char span.
    pub(crate) fn phrase_after_cue(&self, ce: usize) -> Option<(usize, usize)> {
        let toks = &self.text.tokens;
        let article = toks.get(ce).filter(|t| crate::quotes::is_article(&t.lower))?;
        toks.get(ce + 1).filter(|t| t.is_word)?;
        let si = self.text.sentence_at(article.start)?;
        let s = self.text.sentences[si];
        let parse = self.parses.clause(s.tok_start, s.tok_end);
        let head = parse.as_ref().and_then(|p| p.determined_noun(ce)).unwrap_or(ce + 1);
        let end = parse.and_then(|p| p.noun_phrase_end(head)).unwrap_or(head + 1).max(head + 1);
        let end = (head..end).find(|&k| !toks[k].is_word && toks[k].text != "'").unwrap_or(end);
        Some((article.start, toks[end - 1].end))
    }

    /// Whether the parse shows the cue verb at `[cs, ce)` with a plain object
    /// and no clause after it: "told [reporters] in Ohio" reports nothing.
    pub(crate) fn plain_object(&self, clause: (usize, usize), cs: usize, ce: usize) -> bool {
        self.parses.clause(clause.0, clause.1).is_some_and(|p| p.plain_object(cs, ce))
    }

    /// Whether the parse shows the cue verb at `[cs, ce)` reporting a clause:
    /// it has a subject and a clausal complement after it ("a fire officer said
    /// wooden panels led to …", "The report said there was …").
    pub(crate) fn reports_clause(&self, clause: (usize, usize), cs: usize, ce: usize) -> bool {
        self.parses.clause(clause.0, clause.1).is_some_and(|p| p.subject_of(cs, ce).is_some() && p.complement_of(cs, ce).is_some())
    }

    /// Where reported content that comes before its source ends, by the parse:
    /// the subject's first token ("The crew were Iranians, [the army] said").
    pub(crate) fn content_before_source(&self, clause: (usize, usize), cs: usize, ce: usize) -> Option<usize> {
        self.parses.clause(clause.0, clause.1)?.content_before_subject(cs, ce)
    }

    /// The subject of the cue verb as written, as a char span: "a fire
    /// officer", "The hotel's website". Cut at a comma, so that an apposition
    /// or a relative clause stays out.
    pub(crate) fn subject_phrase(&self, clause: (usize, usize), cs: usize, ce: usize) -> Option<(usize, usize)> {
        let parse = self.parses.clause(clause.0, clause.1)?;
        let subject = parse.subject_of(cs, ce)?;
        let (from, to) = parse.subtree_tokens(subject);
        let (_, head_end) = parse.word_tokens(subject);
        let toks = &self.text.tokens;
        let end = (head_end..to).find(|&k| matches!(toks[k].text.as_str(), "," | "(" | "–" | "—")).unwrap_or(to);
        let from = (from..end).find(|&k| toks[k].is_word)?;
        // Before the verb, or after it ("», ha spiegato un poliziotto").
        (from < end && (end <= cs || from >= ce)).then(|| (toks[from].start, toks[end - 1].end))
    }

    /// The parse's subject of the cue at `[cs, ce)` in the clause of tokens
    /// `clause` where it names an actor, else what the word-order rules found.
    pub(crate) fn prefer_syntax(&self, clause: (usize, usize), cs: usize, ce: usize, rules: Option<usize>) -> Option<usize> {
        // "Anna Weber said", "said Anna Weber": the clause's only actor touching
        // the cue needs no parse (most reports; parsing costs half the time).
        // A clause that names no actor has none for the parse to find.
        let touching = rules.is_some_and(|ci| self.cands[ci].tok_end == cs || self.cands[ci].tok_start == ce);
        let before = self.cands_in(clause.0, clause.1).take_while(|&ci| self.cands[ci].tok_start < cs).count();
        if (touching && before <= 1) || self.cands_in(clause.0, clause.1).next().is_none() {
            return rules;
        }
        match self.syntactic_subject(clause, cs, ce) {
            Some(Some(ci)) => Some(ci),
            // "Sanders, speaking after Clinton, said": the subject is someone the
            // text names without our knowing them; the actor the rules found
            // outside the subject is not the speaker.
            Some(None) => rules.filter(|&ci| self.in_subject(clause, cs, ce, ci)),
            None => rules,
        }
    }

    /// Whether candidate `ci` lies inside the parse's subject of the cue or
    /// touches it ("Prosecutor [Kama Melly QC]" when the parse heads the
    /// subject with the title alone).
    fn in_subject(&self, clause: (usize, usize), cs: usize, ce: usize, ci: usize) -> bool {
        let Some(parse) = self.parses.clause(clause.0, clause.1) else { return true };
        let Some(subject) = parse.subject_of(cs, ce) else { return true };
        let (from, to) = parse.subtree_tokens(subject);
        from <= self.cands[ci].tok_end && self.cands[ci].tok_start <= to
    }

    /// The parse's source of the marker at `[k, end)` where it names an actor,
    /// else what the word-order rules found.
    pub(crate) fn prefer_syntactic_source(&self, clause: (usize, usize), k: usize, end: usize, rules: Option<usize>) -> Option<usize> {
        // "selon Apple", "laut dem Ministerium": the actor right after the marker.
        // ("according to Windsor Locks' first selectman, Chris Kervick": a possessive is no source).
        let possessive = |ci: usize| self.text.tokens.get(self.cands[ci].tok_end).is_some_and(|t| t.text == "'");
        if rules.is_some_and(|ci| self.cands[ci].tok_start <= end + 1 && !possessive(ci)) || self.cands_in(end, clause.1).next().is_none() {
            return rules;
        }
        match self.syntactic_source(clause, k, end) {
            Some(Some(ci)) => Some(ci),
            _ => rules,
        }
    }
}
