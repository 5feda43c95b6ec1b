//! `eval_attribution` end to end on the brat fixture in tests/data/polnear-mini.

use dossier_extract::eval_attribution::{read_brat_dir, score_attribution_set};
use dossier_extract::Extractor;
use std::path::Path;

#[test]
fn scores_the_polnear_mini_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/polnear-mini");
    let docs = read_brat_dir(&dir).unwrap();
    let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["quote", "reported"]);
    // Event form: content, cue and source all linked.
    let q = &docs[0].attributions;
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].content.clone(), q[0].cue.clone(), q[0].source.clone()), (vec![(0, 34)], Some(vec![(35, 39)]), Some(vec![(40, 51)])));
    // Relation form: the source is reached through the cue.
    let r = &docs[1].attributions;
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].content.clone(), r[0].source.clone()), (vec![(27, 73)], Some(vec![(0, 21)])));

    let s = score_attribution_set(&Extractor::new(), &docs);
    assert_eq!((s.documents, s.attributions), (2, 2));
    assert_eq!((s.quoted.gold, s.unquoted.gold, s.overall.gold), (1, 1, 2));
    assert_eq!(s.quoted.tp + s.unquoted.tp, s.overall.tp);
    assert_eq!(s.quoted.predicted + s.unquoted.predicted, s.overall.predicted);
    // The direct quote with its named speaker is the easy case.
    assert_eq!(s.quoted.tp, 1, "{s:?}");
    assert!(s.sources.correct >= 1, "{s:?}");
    assert!(s.sources.total <= s.overall.tp);
}
