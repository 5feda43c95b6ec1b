//! Legal references: found by `dossier-legal`, then attached to the quotes
//! and claims whose text cites them.

use dossier_core::{DocKind, Document, LegalRef};
use dossier_legal::LegalRefFinder;

/// The references of a document. In a statute or code, a provision that
/// names no instrument ("§ 100a Absatz 2") is one of the text's own.
pub(crate) fn find_refs(finder: &LegalRefFinder, doc: &Document) -> Vec<LegalRef> {
    if doc.kind != DocKind::Legal {
        return finder.find(&doc.text);
    }
    let own = dossier_legal::detect_own_instrument_in_file(std::path::Path::new(&doc.source), &doc.text, finder.registry());
    finder.find_in(&doc.text, own.as_deref())
}

/// Registry ids of the resolved references inside `start..end`, in text
/// order, each once.
pub(crate) fn instruments_in(refs: &[LegalRef], start: usize, end: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in refs.iter().filter(|r| r.start < end && r.end > start) {
        if let Some(id) = &r.instrument_id {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::LegalRefKind;

    fn r(start: usize, end: usize, id: Option<&str>) -> LegalRef {
        LegalRef { text: "x".into(), start, end, kind: LegalRefKind::Act, jurisdiction: "uk".into(), instrument_id: id.map(str::to_string), fields: Default::default() }
    }

    #[test]
    fn only_resolved_references_inside_the_span_count() {
        let refs = [r(0, 5, Some("ipa-2016")), r(10, 20, Some("cloud-act")), r(12, 14, Some("cloud-act")), r(30, 40, None), r(50, 60, Some("gdpr"))];
        assert_eq!(instruments_in(&refs, 3, 45), vec!["ipa-2016", "cloud-act"]);
        assert!(instruments_in(&refs, 41, 50).is_empty());
    }
}
