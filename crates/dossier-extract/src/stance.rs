//! Stance of a quote or claim toward weakening encryption: against-terms and
//! negated backdoor/access/scanning terms count against, for-terms count for.
//! The terms are indexed with the topics (see `topics.rs`) under the
//! `STANCE_*` ids below.

use crate::names::resource_list;
use crate::resources::Resources;
use crate::topics::{words_of, Lexicons};
use dossier_core::Stance;

/// Ids of the stance index: an against-term, a for-term, a weakening term (against when negated).
pub(crate) const STANCE_AGAINST: usize = 0;
pub(crate) const STANCE_FOR: usize = 1;
pub(crate) const STANCE_WEAKENING: usize = 2;

/// Stance toward weakening encryption: against-terms and negated
/// backdoor/access/scanning terms count against; for-terms count for.
pub(crate) fn stance(res: &Resources, lexicons: &Lexicons, text: &str, lang: &str) -> Stance {
    let Some(index) = lexicons.stance.get(lang) else { return Stance::Neutral };
    let negations = resource_list(res, lang, |c| &c.negations);
    let words = words_of(text);
    let (mut against, mut pro) = (0, 0);
    index.for_each_match(&words, |side, pos, _| match side {
        STANCE_AGAINST => against += 1,
        STANCE_FOR => pro += 1,
        _ => {
            let negated = words[pos.saturating_sub(8)..pos].iter().any(|w| negations.iter().any(|n| n.trim_end_matches('\'') == w.as_str()));
            if negated {
                against += 2;
            }
        }
    });
    match against.cmp(&pro) {
        std::cmp::Ordering::Greater => Stance::Against,
        std::cmp::Ordering::Less => Stance::For,
        std::cmp::Ordering::Equal => Stance::Neutral,
    }
}
