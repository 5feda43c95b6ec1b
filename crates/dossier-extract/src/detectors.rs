//! Entity detectors beside the rule-based one: the project's trained NER
//! model, and a combination that adds a model's names to the rules' names.

use crate::text::Text;
use crate::{Candidate, EntityDetector, Referent, Resources};
use dossier_core::ActorKind;
use std::collections::HashSet;

/// Persons and organisations from the project's trained NER model
/// (`models/ner-*.bin`, see `crates/dossier-ner`). Places and MISC are not
/// actors and are dropped.
pub struct TrainedNerDetector {
    model: dossier_ner::NerModel,
    /// Spans scored below this are ignored.
    pub min_score: f32,
    /// Also take ORG spans (off by default: trained on silver WikiANN data,
    /// the models' ORG precision is low — see models/MODEL_CARD.md).
    pub organisations: bool,
}

impl TrainedNerDetector {
    pub fn new(model: dossier_ner::NerModel) -> TrainedNerDetector {
        TrainedNerDetector { model, min_score: 0.6, organisations: false }
    }

    /// The model's analysis of every sentence: entities (token indices into
    /// `text.tokens`) and, per token of the text, the probability of `O`.
    fn analyse(&self, text: &Text) -> (Vec<(usize, dossier_ner::EntitySpan)>, Vec<f32>) {
        let mut entities = Vec::new();
        let mut outside = vec![1.0f32; text.tokens.len()];
        for s in &text.sentences {
            let words: Vec<&str> = text.tokens[s.tok_start..s.tok_end].iter().map(|t| t.text.as_str()).collect();
            let analysis = self.model.analyse(&words);
            outside[s.tok_start..s.tok_end].copy_from_slice(&analysis.outside);
            entities.extend(analysis.entities.into_iter().map(|e| (s.tok_start, e)));
        }
        (entities, outside)
    }

    /// Person (and optionally organisation) candidates from the model's entities.
    fn candidates(&self, text: &Text, facts: &TextFacts, taken: &[bool], res: &Resources, entities: &[(usize, dossier_ner::EntitySpan)]) -> Vec<Candidate> {
        let mut out = Vec::new();
        for (offset, span) in entities {
            let kind = match span.label {
                dossier_ner::Label::Per => ActorKind::Person,
                dossier_ner::Label::Org if self.organisations => ActorKind::Organization,
                _ => continue,
            };
            let toks = &text.tokens;
            let (mut a, mut b) = (offset + span.start_token, offset + span.end_token);
            // "Según Ibáñez", "In Berlin", "M. Lodun": a marker, function word
            // or title before a name is not part of it (the rules leave titles
            // out too), though capitalised at a sentence start.
            while a + 1 < b
                && (crate::is_function_word(&toks[a].lower)
                    || is_according_word(res, facts.lang, &toks[a].lower)
                    || is_person_title(res, &toks[a].lower)
                    || facts.common_at_sentence_start(a, &toks[a].lower))
            {
                a += 1;
            }
            // "Houssin, maire de Monligny": the name ends before an apposition.
            if let Some(p) = (a..b).find(|&k| matches!(toks[k].text.as_str(), "," | ";" | ":" | "(" | ")" | "[" | "]" | "«" | "»" | "\"" | "“" | "”" | "„")) {
                b = p;
            }
            if span.score < self.min_score || b <= a || taken[a..b].iter().any(|t| *t) {
                continue;
            }
            // A name starts capitalised and ends with a name word (a surname,
            // not an initial, an abbreviation or "Le"): the model's other spans
            // are noise, like "e. V." or "Maison de Commerce S".
            let name_word = |t: &crate::text::Token| {
                t.is_capitalised() && !t.text.ends_with('.') && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !crate::is_function_word(&t.lower)
            };
            if !toks[a].is_capitalised() || !name_word(&toks[b - 1]) || crate::is_law_title(&toks[a].lower, &toks[b - 1].lower) {
                continue;
            }
            // People's names have no digits ("RAV4 Hybrid" is a product).
            if kind == ActorKind::Person && toks[a..b].iter().any(|t| t.text.chars().any(|c| c.is_ascii_digit())) {
                continue;
            }
            let (start, end) = (toks[a].start, toks[b - 1].end);
            out.push(Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: text.slice(start, end), kind }, weak: true });
        }
        out
    }
}

impl EntityDetector for TrainedNerDetector {
    fn detect(&self, text: &Text, lang: &str, taken: &[bool], res: &Resources) -> Vec<Candidate> {
        let (entities, _) = self.analyse(text);
        self.candidates(text, &TextFacts::new(text, lang, res), taken, res, &entities)
    }
}

/// The rules checked and completed by the trained model, the default
/// detector of the `dossier` binary.
///
/// A name the rules found from capitalisation alone ("Millionen Geräte") is
/// dropped when the model puts every one of its tokens outside any entity
/// with probability ≥ `veto_outside`; a rule name cut short ("Financial
/// Review") takes the bounds of the model's entity around it ("Australian
/// Financial Review"). Then the model's own persons (and organisations, if
/// asked) are added where the rules found nothing.
pub struct ModelCheckedDetector {
    pub rules: Box<dyn EntityDetector>,
    pub model: TrainedNerDetector,
    /// Probability of `O` on every token above which a rule name is dropped;
    /// above 1.0 nothing is dropped.
    pub veto_outside: f32,
}

impl ModelCheckedDetector {
    pub fn new(rules: Box<dyn EntityDetector>, model: TrainedNerDetector) -> ModelCheckedDetector {
        ModelCheckedDetector { rules, model, veto_outside: 0.9 }
    }

    /// A rule name cut short ("Financial Review" of "Australian Financial
    /// Review", "Universidad Politécnica" of "… de Madrid") takes the bounds
    /// and kind of a person or organisation the model finds around it.
    /// `entity` is the model's entity at the candidate's first token: the
    /// entities do not overlap, so no other one can contain the candidate.
    fn widen(&self, text: &Text, facts: &TextFacts, taken: &[bool], res: &Resources, entity: Option<&(usize, dossier_ner::EntitySpan)>, c: &mut Candidate) {
        let toks = &text.tokens;
        let Some((offset, e)) = entity else { return };
        let kind = match e.label {
            dossier_ner::Label::Per => ActorKind::Person,
            dossier_ner::Label::Org => ActorKind::Organization,
            _ => return,
        };
        let (mut a, b) = (offset + e.start_token, offset + e.end_token);
        while a < c.tok_start && (crate::is_function_word(&toks[a].lower) || is_according_word(res, facts.lang, &toks[a].lower)) {
            a += 1;
        }
        let contains = a <= c.tok_start && c.tok_end <= b && b - a > c.tok_end - c.tok_start;
        // What the model adds must look like more of the name: capitalised
        // words ("Australian", "Madrid") and the particles between them
        // ("of", "de", "per i"), not titles, punctuation or an apposition.
        // Nor a common word capitalised at a sentence start ("One of Dell").
        let name_like = |k: usize| {
            let t = &toks[k];
            let capitalised_word = t.is_word
                && t.is_capitalised()
                && !facts.common_at_sentence_start(k, &t.lower)
                && !t.text.ends_with('.')
                && !is_person_title(res, &t.lower)
                && !facts.descriptor_nouns.contains(&t.lower);
            let connector = k > a && k + 1 < b && NAME_CONNECTORS.contains(&t.lower.as_str()) && (!matches!(t.lower.as_str(), "of" | "for") || crate::ORG_WORDS.contains(&toks[k - 1].lower.as_str()));
            capitalised_word || connector
        };
        let free = (a..c.tok_start).chain(c.tok_end..b).all(|k| !taken[k] && name_like(k));
        if !contains || !free || e.score < self.model.min_score || !toks[a].is_capitalised() || !toks[b - 1].is_word || crate::is_law_title(&toks[a].lower, &toks[b - 1].lower) {
            return;
        }
        let (start, end) = (toks[a].start, toks[b - 1].end);
        *c = Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: text.slice(start, end), kind }, weak: c.weak };
    }
}

impl EntityDetector for ModelCheckedDetector {
    fn detect(&self, text: &Text, lang: &str, taken: &[bool], res: &Resources) -> Vec<Candidate> {
        let (entities, outside) = self.model.analyse(text);
        let mut entity_at: Vec<Option<usize>> = vec![None; text.tokens.len()];
        for (k, (offset, e)) in entities.iter().enumerate() {
            entity_at[offset + e.start_token..offset + e.end_token].iter_mut().for_each(|slot| *slot = Some(k));
        }
        let facts = TextFacts::new(text, lang, res);
        let mut taken = taken.to_vec();
        let mut out = Vec::new();
        for mut c in self.rules.detect(text, lang, &taken, res) {
            let named = matches!(c.referent, Referent::Named { .. });
            if named && outside[c.tok_start..c.tok_end].iter().all(|p| *p >= self.veto_outside) {
                continue;
            }
            if named {
                self.widen(text, &facts, &taken, res, entity_at[c.tok_start].map(|k| &entities[k]), &mut c);
            }
            taken[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
            out.push(c);
        }
        out.extend(self.model.candidates(text, &facts, &taken, res, &entities));
        out
    }
}

/// Lower-case words inside organisation names, in five languages ("of" and
/// "for" only after an organisation word). Conjunctions are left out: they
/// join two names more often than they sit inside one.
const NAME_CONNECTORS: &[&str] = &["of", "for", "the", "de", "des", "du", "la", "le", "pour", "von", "der", "für", "del", "los", "las", "per", "i", "di", "della"];

/// A person title of any language ("mgr", "m", "dr", "senator"), lower-cased.
fn is_person_title(res: &Resources, lower: &str) -> bool {
    let lower = lower.trim_end_matches('.');
    res.cues.values().any(|c| c.person_titles.iter().any(|t| t.trim_end_matches('.').eq_ignore_ascii_case(lower)))
}

/// What the checks on a model's spans need to know about the whole text,
/// computed once per text.
struct TextFacts<'a> {
    lang: &'a str,
    /// Words the text writes in lower case somewhere: common words, whatever
    /// their case at a sentence start.
    lower_case_words: HashSet<&'a str>,
    sentence_starts: HashSet<usize>,
    /// German description nouns ("Firma", "Verein"), not part of a name.
    descriptor_nouns: HashSet<String>,
}

impl<'a> TextFacts<'a> {
    fn new(text: &'a Text, lang: &'a str, res: &Resources) -> TextFacts<'a> {
        TextFacts {
            lang,
            lower_case_words: text.tokens.iter().filter(|t| t.is_word && t.text == t.lower).map(|t| t.lower.as_str()).collect(),
            sentence_starts: text.sentences.iter().map(|s| s.tok_start).collect(),
            descriptor_nouns: crate::organisation_description_nouns(res, lang),
        }
    }

    /// Token `k` starts a sentence and is a word the text also writes in lower
    /// case ("One of Dell", "Those Uber"): capitalised only by its position.
    fn common_at_sentence_start(&self, k: usize, lower: &str) -> bool {
        self.sentence_starts.contains(&k) && self.lower_case_words.contains(lower)
    }
}

/// A one-word "according to" marker of `lang` ("según", "laut").
fn is_according_word(res: &Resources, lang: &str, lower: &str) -> bool {
    res.cues.get(lang).is_some_and(|c| c.according_words.iter().any(|w| w.len() == 1 && w[0] == lower))
}

/// Runs several detectors; later ones only add names that do not overlap
/// what earlier ones found.
pub struct CombinedDetector(pub Vec<Box<dyn EntityDetector>>);

impl EntityDetector for CombinedDetector {
    fn detect(&self, text: &Text, lang: &str, taken: &[bool], res: &Resources) -> Vec<Candidate> {
        let mut taken = taken.to_vec();
        let mut out: Vec<Candidate> = Vec::new();
        for d in &self.0 {
            for c in d.detect(text, lang, &taken, res) {
                if taken[c.tok_start..c.tok_end].iter().any(|t| *t) {
                    continue;
                }
                taken[c.tok_start..c.tok_end].iter_mut().for_each(|t| *t = true);
                out.push(c);
            }
        }
        out
    }
}
