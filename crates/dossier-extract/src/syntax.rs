//! Syntax for attribution: dependency parses of the clauses attribution asks
//! about, and the relations it reads off them (a cue verb's subject and
//! clausal complement, the object of "according to", a noun phrase's extent).
//! The shipped multilingual parser (`dossier-syntax`, `models/syntax-multi.bin`)
//! runs on demand, at most once per clause of a document;
//! `speakers_by_syntax.rs` turns the relations into speakers.
//!
//! Why a parse: the word before a speech verb is often not its subject
//! ("Dr. Steven Wolf at Saint Francis said", "the company's chief executive,
//! Jan Novak, said", "Bush, who met Bolton on Monday, said"); the subject
//! relation is.

use crate::text::Text;
use dossier_syntax::{SyntaxModel, TokenAnalysis};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

static BUILTIN: OnceLock<Option<SyntaxModel>> = OnceLock::new();

/// Longest clause parsed, in tokens: news sentences are far shorter, and a
/// greedy parse of a longer run is more often wrong than the rules.
const MAX_CLAUSE_TOKENS: usize = 80;

/// The shipped model, loaded once per process (about 0.2 s). `None` only if
/// the embedded file failed to load, which `dossier-syntax`'s tests rule out.
pub(crate) fn builtin() -> Option<&'static SyntaxModel> {
    BUILTIN
        .get_or_init(|| SyntaxModel::embedded().ok())
        .as_ref()
}

/// One parsed sentence: the parser's words as token ranges, and their analyses.
pub(crate) struct Parse {
    words: Vec<(usize, usize)>,
    /// Each word, lower-cased.
    lower: Vec<String>,
    analysis: Vec<TokenAnalysis>,
}

/// The parses of one document's sentences, made on demand.
pub(crate) struct Parses<'a> {
    model: Option<&'a SyntaxModel>,
    text: &'a Text,
    lang: &'a str,
    cache: RefCell<HashMap<(usize, usize), Rc<Parse>>>,
}

impl<'a> Parses<'a> {
    pub(crate) fn new(model: Option<&'a SyntaxModel>, text: &'a Text, lang: &'a str) -> Parses<'a> {
        Parses {
            model,
            text,
            lang,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// The parse of tokens `[from, to)` as one sentence (a whole sentence, or
    /// the clause that introduces a quotation), or `None` without a model or
    /// for a clause too long for the parser to be of use (a list, a text
    /// without full stops).
    pub(crate) fn clause(&self, from: usize, to: usize) -> Option<Rc<Parse>> {
        let model = self.model?;
        if from >= to || to > self.text.tokens.len() || to - from > MAX_CLAUSE_TOKENS {
            return None;
        }
        if let Some(p) = self.cache.borrow().get(&(from, to)) {
            return Some(p.clone());
        }
        let words = syntactic_words(self.text, from, to, self.lang);
        let strings: Vec<String> = words
            .iter()
            .map(|&(a, b)| {
                self.text.tokens[a..b]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect()
            })
            .collect();
        let refs: Vec<&str> = strings.iter().map(String::as_str).collect();
        let analysis = model.parse(&refs, self.lang);
        let lower = strings.iter().map(|w| w.to_lowercase()).collect();
        let parse = Rc::new(Parse {
            words,
            lower,
            analysis,
        });
        self.cache.borrow_mut().insert((from, to), parse.clone());
        Some(parse)
    }
}

/// Tokens grouped into the words UD treebanks use: an elided article keeps
/// its apostrophe ("l'", "dell'"), English clitics take theirs ("'s", "n't").
fn syntactic_words(text: &Text, from: usize, to: usize, lang: &str) -> Vec<(usize, usize)> {
    let toks = &text.tokens;
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(to - from);
    let mut k = from;
    while k < to {
        let glued_to_next = k + 1 < to && toks[k].end == toks[k + 1].start;
        if toks[k].text == "'"
            && glued_to_next
            && lang == "en"
            && k > from
            && toks[k - 1].end == toks[k].start
        {
            words.push((k, k + 2));
            k += 2;
            continue;
        }
        if toks[k].is_word
            && glued_to_next
            && toks[k + 1].text == "'"
            && matches!(lang, "fr" | "it")
        {
            words.push((k, k + 2));
            k += 2;
            continue;
        }
        words.push((k, k + 1));
        k += 1;
    }
    words
}

/// Relative pronouns: the subject of a relative clause stands for the noun it hangs on.
pub(crate) fn is_relative(word: &str) -> bool {
    matches!(
        word,
        "who"
            | "which"
            | "that"
            | "qui"
            | "lequel"
            | "laquelle"
            | "der"
            | "die"
            | "das"
            | "welcher"
            | "welche"
            | "che"
            | "quien"
            | "quienes"
            | "que"
            | "cual"
    )
}

impl Parse {
    fn word_at(&self, tok: usize) -> Option<usize> {
        self.words.iter().position(|&(a, b)| a <= tok && tok < b)
    }

    fn head(&self, w: usize) -> Option<usize> {
        self.analysis[w].head.checked_sub(1)
    }

    fn children<'p>(&'p self, w: usize) -> impl Iterator<Item = usize> + 'p {
        (0..self.analysis.len()).filter(move |&c| self.analysis[c].head == w + 1)
    }

    /// Token range `[from, to)` of word `w` itself.
    pub(crate) fn word_tokens(&self, w: usize) -> (usize, usize) {
        self.words[w]
    }

    /// Token range `[from, to)` covered by word `w` and everything under it.
    pub(crate) fn subtree_tokens(&self, w: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (w, w);
        let mut stack = vec![w];
        while let Some(x) = stack.pop() {
            lo = lo.min(x);
            hi = hi.max(x);
            stack.extend(self.children(x));
        }
        (self.words[lo].0, self.words[hi].1)
    }

    /// The last token of the noun an article at token `tok` determines ("der
    /// staatlichen koreanischen [Nachrichtenagentur]"), when it lies after it.
    pub(crate) fn determined_noun(&self, tok: usize) -> Option<usize> {
        let w = self.word_at(tok)?;
        let head = self.head(w).filter(|&h| h > w && self.analysis[w].deprel == "det")?;
        Some(self.words[head].1 - 1)
    }

    /// End token of the noun phrase around the word at token `tok`: its
    /// modifiers and complements to the right ("gouvernement [malien]",
    /// "Association [des leaders religieux du Mali]"), not a relative clause,
    /// an apposition or a coordination.
    pub(crate) fn noun_phrase_end(&self, tok: usize) -> Option<usize> {
        let head = self.word_at(tok)?;
        let mut hi = head;
        let mut stack = vec![head];
        while let Some(x) = stack.pop() {
            hi = hi.max(x);
            stack.extend(self.children(x).filter(|&c| c > head && matches!(self.analysis[c].deprel.as_str(), "amod" | "nmod" | "case" | "det" | "compound" | "flat" | "fixed" | "nummod")));
        }
        Some(self.words[hi].1)
    }

    /// The verb word of a cue spanning tokens `[cs, ce)`: the cue word whose
    /// head lies outside the cue ("a déclaré": "déclaré").
    fn cue_verb(&self, cs: usize, ce: usize) -> Option<usize> {
        let in_cue = |w: usize| self.words[w].0 >= cs && self.words[w].1 <= ce;
        let cue_words: Vec<usize> = (0..self.words.len()).filter(|&w| in_cue(w)).collect();
        cue_words
            .iter()
            .copied()
            .find(|&w| self.head(w).is_none_or(|h| !in_cue(h)))
            .or_else(|| cue_words.first().copied())
    }

    /// The clausal complement the cue verb at tokens `[cs, ce)` reports, after
    /// the verb ("said [wooden panels led to …]").
    pub(crate) fn complement_of(&self, cs: usize, ce: usize) -> Option<usize> {
        let verb = self.cue_verb(cs, ce)?;
        // Without "that", a greedy parse often reads the clause's subject as the
        // cue's object and hangs the clause's verb on it or on the cue: "said
        // [the crash] involved …" (acl), "reported [most] of the deceased
        // suffocated" (nmod), "stated [it] scheduled …" (xcomp). Those are
        // reported clauses too; a relative clause or an infinitive is not.
        let finite_verb = |g: usize| {
            let before = g.checked_sub(1).map(|b| self.lower[b].as_str());
            self.analysis[g].upos == "VERB" && !before.is_some_and(|w| matches!(w, "to" | "that" | "which" | "who" | "qui" | "dont" | "welche" | "welcher" | "cui"))
        };
        let clause_on_object = |c: usize| self.analysis[c].deprel == "obj" && self.children(c).any(|g| g > c && matches!(self.analysis[g].deprel.as_str(), "acl" | "nmod") && finite_verb(g));
        let verb_after_object = |c: usize| self.analysis[c].deprel == "xcomp" && finite_verb(c) && self.children(verb).any(|o| o > verb && o < c && self.analysis[o].deprel == "obj");
        self.children(verb).find(|&c| c > verb && (self.analysis[c].deprel == "ccomp" || clause_on_object(c) || verb_after_object(c)))
    }

    /// Whether the cue verb at tokens `[cs, ce)` takes a plain object and no
    /// clause ("told [reporters] in Ohio", "called [the decision] unfair"):
    /// nothing after it has a verb of its own.
    pub(crate) fn plain_object(&self, cs: usize, ce: usize) -> bool {
        let Some(verb) = self.cue_verb(cs, ce) else { return false };
        let has_verb = |w: usize| {
            let (from, to) = self.subtree_tokens(w);
            (0..self.words.len()).any(|x| self.words[x].0 >= from && self.words[x].1 <= to && matches!(self.analysis[x].upos, "VERB" | "AUX"))
        };
        let after: Vec<usize> = self.children(verb).filter(|&c| c > verb).collect();
        after.iter().any(|&c| matches!(self.analysis[c].deprel.as_str(), "obj" | "iobj")) && !after.iter().any(|&c| self.analysis[c].deprel != "punct" && has_verb(c))
    }

    /// A report whose content comes first ("The crew were Iranians, the army
    /// said."): the last token before the cue verb's subject, when the verb's
    /// clausal complement lies before that subject.
    pub(crate) fn content_before_subject(&self, cs: usize, ce: usize) -> Option<usize> {
        let verb = self.cue_verb(cs, ce)?;
        let subject = self.children(verb).find(|&c| c < verb && self.analysis[c].deprel == "nsubj")?;
        let complement = self.children(verb).find(|&c| c < subject && matches!(self.analysis[c].deprel.as_str(), "ccomp" | "parataxis"))?;
        let (from, _) = self.subtree_tokens(subject);
        (self.subtree_tokens(complement).1 <= from).then_some(from)
    }

    /// The phrase an "according to" marker at tokens `[k, end)` introduces:
    /// the word outside the marker that its words hang on ("selon [X]",
    /// "[X] zufolge").
    pub(crate) fn marker_object(&self, k: usize, end: usize) -> Option<usize> {
        let in_marker = |w: usize| self.words[w].0 >= k && self.words[w].1 <= end;
        // Only a preposition's object: a marker the parser hung on a verb names nobody.
        (0..self.words.len()).filter(|&w| in_marker(w) && self.analysis[w].deprel == "case").find_map(|w| self.head(w).filter(|&h| !in_marker(h)))
    }

    /// The subject word of the cue verb at tokens `[cs, ce)`: its `nsubj`, the
    /// subject of the verb it is coordinated with or completes ("arrived and
    /// said", "wanted to say"), and the noun a relative clause hangs on.
    pub(crate) fn subject_of(&self, cs: usize, ce: usize) -> Option<usize> {
        let mut verb = self.cue_verb(cs, ce).or_else(|| self.word_at(cs))?;
        for _ in 0..3 {
            // A greedy parse may give a verb two subjects ("Conservative Party
            // [leader] and Prime Minister [Boris] Johnson said"): a name next
            // to the verb is the better guess.
            let subjects: Vec<usize> = self.children(verb).filter(|&c| self.analysis[c].deprel == "nsubj").collect();
            let nearest = subjects.iter().rev().find(|&&c| c < verb).filter(|&&c| self.analysis[c].upos == "PROPN" && subjects.len() > 1);
            if let Some(s) = nearest.or(subjects.first()).copied() {
                let relative = self.analysis[verb].deprel == "acl" && is_relative(&self.lower[s]);
                return if relative { self.head(verb) } else { Some(s) };
            }
            if !matches!(self.analysis[verb].deprel.as_str(), "conj" | "xcomp") {
                return None;
            }
            verb = self.head(verb)?;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elisions_and_clitics_join_their_apostrophe() {
        let text = Text::new("L'entreprise a dit. Apple's chief didn't say.");
        let s = text.sentences[0];
        let w = syntactic_words(&text, s.tok_start, s.tok_end, "fr");
        assert_eq!(w[0], (0, 2));
        let s = text.sentences[1];
        let w = syntactic_words(&text, s.tok_start, s.tok_end, "en");
        let words: Vec<String> = w
            .iter()
            .map(|&(a, b)| text.tokens[a..b].iter().map(|t| t.text.as_str()).collect())
            .collect();
        assert_eq!(
            words,
            vec!["Apple", "'s", "chief", "didn", "'t", "say", "."]
        );
    }

    #[test]
    fn subject_of_a_speech_verb_past_a_prepositional_phrase() {
        let text = Text::new("Dr. Steven Wolf at Saint Francis said the hospital was ready.");
        let parses = Parses::new(builtin(), &text, "en");
        let s = text.sentences[0];
        let p = parses.clause(s.tok_start, s.tok_end).expect("model");
        let said = text
            .tokens
            .iter()
            .position(|t| t.text == "said")
            .expect("said");
        let s = p.subject_of(said, said + 1).expect("subject");
        let (a, b) = p.words[s];
        // UD heads a name with its first word ("Steven" ← flat "Wolf").
        assert_eq!(
            text.tokens[a..b]
                .iter()
                .map(|t| t.text.as_str())
                .collect::<String>(),
            "Steven"
        );
    }
}
