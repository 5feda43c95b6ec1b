//! Entity detectors beside the rule-based one: the project's trained NER
//! model, and a combination that adds a model's names to the rules' names.

use crate::text::Text;
use crate::{Candidate, EntityDetector, Referent, Resources};
use dossier_core::ActorKind;

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
}

impl EntityDetector for TrainedNerDetector {
    fn detect(&self, text: &Text, _lang: &str, taken: &[bool], _res: &Resources) -> Vec<Candidate> {
        let mut out = Vec::new();
        for s in &text.sentences {
            let toks = &text.tokens[s.tok_start..s.tok_end];
            let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
            for span in self.model.predict(&words) {
                let kind = match span.label {
                    dossier_ner::Label::Per => ActorKind::Person,
                    dossier_ner::Label::Org if self.organisations => ActorKind::Organization,
                    _ => continue,
                };
                let (a, b) = (s.tok_start + span.start_token, s.tok_start + span.end_token);
                if span.score < self.min_score || b <= a || taken[a..b].iter().any(|t| *t) {
                    continue;
                }
                // A name is capitalised; the model's all-lower-case spans are noise.
                if !text.tokens[a].is_capitalised() {
                    continue;
                }
                let (start, end) = (text.tokens[a].start, text.tokens[b - 1].end);
                out.push(Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: text.slice(start, end), kind }, weak: true });
            }
        }
        out
    }
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
