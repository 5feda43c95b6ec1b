//! Choice of the entity detector behind `--ner-model`: the project's trained
//! model (built in, or a `.bin` file), which checks and completes the
//! rule-based detector, or a transformer exported to ONNX (a directory),
//! which adds names to it; `none` leaves the rules alone.

use anyhow::{Context, Result};
use dossier_core::ActorKind;
use dossier_extract::{Candidate, CapitalisedNameDetector, CombinedDetector, EntityDetector, ModelCheckedDetector, Referent, Resources, Text, TrainedNerDetector};
use std::collections::BTreeMap;
use std::path::Path;

/// The trained model used by default (`--ner-model builtin`): the
/// multilingual one, which did best on corpora/gold (see models/MODEL_CARD.md).
const BUILTIN_MODEL: &[u8] = include_bytes!("../../../models/ner-multi.bin");

/// The detector for `--ner-model builtin|none|PATH` (and `--ner-organisations`).
pub fn detector(choice: &str, label_map: &[String], organisations: bool) -> Result<Box<dyn EntityDetector>> {
    let trained = |model: dossier_ner::NerModel| -> Box<dyn EntityDetector> {
        let mut model = TrainedNerDetector::new(model);
        model.organisations = organisations;
        Box::new(ModelCheckedDetector::new(Box::new(CapitalisedNameDetector), model))
    };
    match choice {
        "none" => return Ok(Box::new(CapitalisedNameDetector)),
        "builtin" => {
            let model = dossier_ner::NerModel::from_file_bytes(BUILTIN_MODEL, "models/ner-multi.bin (built in)")?;
            return Ok(trained(model));
        }
        _ => {}
    }
    let path = Path::new(choice);
    if !path.exists() {
        anyhow::bail!("--ner-model {choice}: no such file or directory (use builtin, none, a .bin model or an ONNX model directory)");
    }
    let model: Box<dyn EntityDetector> = if path.is_dir() {
        let mut map = dossier_onnx::default_actor_map();
        for entry in label_map {
            let (label, kind) = entry
                .split_once('=')
                .with_context(|| format!("--ner-label {entry:?}: expected MODEL_LABEL=person|organization|none"))?;
            map.insert(label.to_string(), kind.to_string());
        }
        let classifier = dossier_onnx::TokenClassifier::load(path, &dossier_onnx::OnnxOptions::default())
            .with_context(|| format!("cannot load the ONNX model in {}", path.display()))?;
        Box::new(OnnxDetector { classifier, map })
    } else {
        let model = dossier_ner::NerModel::load(path).with_context(|| format!("cannot load the NER model {}", path.display()))?;
        return Ok(trained(model));
    };
    Ok(Box::new(CombinedDetector(vec![Box::new(CapitalisedNameDetector), model])))
}

/// Persons and organisations from an ONNX token classifier.
struct OnnxDetector {
    classifier: dossier_onnx::TokenClassifier,
    /// Model label → `person` / `organization` (anything else is ignored).
    map: BTreeMap<String, String>,
}

impl EntityDetector for OnnxDetector {
    fn detect(&self, text: &Text, _lang: &str, taken: &[bool], _res: &Resources) -> Vec<Candidate> {
        let doc: String = text.chars.iter().collect();
        let Ok(entities) = self.classifier.predict(&doc) else { return Vec::new() };
        // Token spans of mapped entities; adjacent pieces of one kind (GIVEN_NAME + SURNAME) merge.
        let mut spans: Vec<(usize, usize, ActorKind)> = Vec::new();
        for e in entities {
            let kind = match dossier_onnx::map_label(&e.label, &self.map).as_deref() {
                Some("person") => ActorKind::Person,
                Some("organization") => ActorKind::Organization,
                _ => continue,
            };
            let a = text.token_at_or_after(e.start);
            let b = text.token_at_or_after(e.end);
            if b <= a {
                continue;
            }
            match spans.last_mut() {
                Some(last) if last.2 == kind && last.1 == a => last.1 = b,
                _ => spans.push((a, b, kind)),
            }
        }
        spans
            .into_iter()
            .filter(|(a, b, _)| !taken[*a..*b].iter().any(|t| *t))
            .map(|(a, b, kind)| {
                let (start, end) = (text.tokens[a].start, text.tokens[b - 1].end);
                Candidate { start, end, tok_start: a, tok_end: b, referent: Referent::Named { name: text.slice(start, end), kind }, weak: true }
            })
            .collect()
    }
}
