//! Repeated names: a name found once is that name wherever the text repeats
//! it. A statistical detector tags "Febelfin" in one sentence and misses it in
//! the next ("« … » a ensuite précisé Febelfin"); without this the second
//! mention has no candidate and its quote goes to whoever came before.

use crate::names::{Candidate, Referent};
use crate::text::Text;
use std::collections::HashMap;

/// Adds a candidate for every repetition of a detected name (same words,
/// same case) on tokens no candidate covers. A repetition keeps the
/// referent and the weakness of the mention it repeats.
pub(crate) fn add_repeated_names(cands: &mut Vec<Candidate>, text: &Text) {
    let toks = &text.tokens;
    // The words of each detected name → its first mention.
    let mut names: HashMap<Vec<&str>, usize> = HashMap::new();
    for (ci, c) in cands.iter().enumerate() {
        let Referent::Named { .. } = c.referent else { continue };
        let words: Vec<&str> = toks[c.tok_start..c.tok_end].iter().map(|t| t.text.as_str()).collect();
        if is_distinctive(text, c) && (!c.weak || speaks(text, c)) {
            names.entry(words).or_insert(ci);
        }
    }
    if names.is_empty() {
        return;
    }
    let covered = crate::names::covered_tokens(cands, toks.len());
    let longest = names.keys().map(Vec::len).max().unwrap_or(0);
    let mut extra = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        // The longest name that starts here on free tokens.
        let found = (1..=longest.min(toks.len() - k)).rev().find_map(|n| {
            let words: Vec<&str> = toks[k..k + n].iter().map(|t| t.text.as_str()).collect();
            let free = !covered[k..k + n].iter().any(|&c| c);
            let whole = toks.get(k + n).is_none_or(|t| !t.is_word || !t.is_capitalised());
            names.get(&words).filter(|_| free && whole).map(|&ci| (n, ci))
        });
        match found {
            Some((n, ci)) => {
                let c = &cands[ci];
                extra.push(Candidate { start: toks[k].start, end: toks[k + n - 1].end, tok_start: k, tok_end: k + n, referent: c.referent.clone(), weak: c.weak });
                k += n;
            }
            None => k += 1,
        }
    }
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
}

/// A model's guess is repeated only where it speaks: a cue verb within
/// three tokens of it ("Febelfin a rappelé", "a précisé Febelfin"). Else a
/// mistagged "HIV" repeated through a text would outweigh real actors for
/// every later "they".
fn speaks(text: &Text, c: &Candidate) -> bool {
    let near = c.tok_start.saturating_sub(3)..(c.tok_end + 3).min(text.tokens.len());
    near.into_iter().any(|k| text.cues.get(k).is_some_and(Option::is_some))
}

/// A name worth repeating: it opens with a capitalised word that is no
/// function word, and a one-word name has at least three letters.
fn is_distinctive(text: &Text, c: &Candidate) -> bool {
    let first = &text.tokens[c.tok_start];
    let one_word = c.tok_end == c.tok_start + 1;
    first.is_word && first.is_capitalised() && !crate::names::is_function_word(&first.lower) && !(one_word && first.text.chars().count() < 3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::ActorKind;

    fn named(text: &Text, tok_start: usize, tok_end: usize) -> Candidate {
        let (start, end) = (text.tokens[tok_start].start, text.tokens[tok_end - 1].end);
        Candidate { start, end, tok_start, tok_end, referent: Referent::Named { name: text.slice(start, end), kind: ActorKind::Organization }, weak: false }
    }

    #[test]
    fn a_name_found_once_is_found_where_it_repeats() {
        let text = Text::new("Febelfin a rappelé les faits. « Oui », a ensuite précisé Febelfin.");
        let mut cands = vec![named(&text, 0, 1)];
        add_repeated_names(&mut cands, &text);
        let spans: Vec<String> = cands.iter().map(|c| text.slice(c.start, c.end)).collect();
        assert_eq!(spans, ["Febelfin", "Febelfin"]);
        assert_eq!(cands[1].referent, cands[0].referent);
        assert!(cands[1].start > 30);
    }

    #[test]
    fn a_repetition_inside_a_longer_name_is_left_alone() {
        let text = Text::new("Apple said no. Apple Daily said yes.");
        let mut cands = vec![named(&text, 0, 1)];
        add_repeated_names(&mut cands, &text);
        assert_eq!(cands.len(), 1);
    }
}
