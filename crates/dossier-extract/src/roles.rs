//! The role a speaker is given where they are named: "Interior Minister
//! Joachim Brudziński", "Jan Novak, the company's chief executive, said",
//! "the messaging firm's president said". A journalist reading a timeline
//! wants to know in what capacity someone spoke; the role keeps its span.

use crate::text::{Text, Token};
use crate::tidy::Titles;
use crate::{is_cue, Candidate, Referent};
use dossier_core::Mention;

/// Most words a role before a name or in an apposition may have.
const MAX_ROLE_WORDS: usize = 10;

/// The role of the speaker candidate `c`, if the text gives one.
pub(crate) fn speaker_role(text: &Text, cands: &[Candidate], c: &Candidate, titles: &Titles) -> Option<Mention> {
    // A registry description in lower case ("el ministro del Interior") names by role.
    let described = matches!(c.referent, Referent::Registry(_)) && !text.tokens[c.tok_start].is_capitalised();
    let (a, b) = match c.referent {
        // A description is itself the role ("the company's chief executive").
        Referent::Description(_) => (c.tok_start, c.tok_end),
        _ if described => (c.tok_start, c.tok_end),
        Referent::Named { .. } | Referent::Registry(_) => title_before(&text.tokens, c.tok_start, titles)
            .or_else(|| description_before(&text.tokens, cands, c.tok_start))
            .or_else(|| apposition_after(text, c.tok_start, c.tok_end))?,
        _ => return None,
    };
    let (start, end) = (text.tokens[a].start, text.tokens[b - 1].end);
    Some(Mention { start, end, text: text.slice(start, end) })
}

/// "Interior Minister Joachim Brudziński", "US-Präsident George W. Bush": the
/// capitalised words before a name that end with a title.
fn title_before(toks: &[Token], name_start: usize, titles: &Titles) -> Option<(usize, usize)> {
    let end = name_start;
    if end == 0 || !titles.is_title(&toks[end - 1]) {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && end - start < MAX_ROLE_WORDS && toks[start - 1].is_word && (toks[start - 1].is_capitalised() || titles.is_title(&toks[start - 1])) {
        start -= 1;
    }
    Some((start, end))
}

/// "Le ministre de l'Intérieur, Gérald Darmanin, a estimé": a role
/// description, with its complement, and a comma right before the name.
fn description_before(toks: &[Token], cands: &[Candidate], name_start: usize) -> Option<(usize, usize)> {
    let comma = name_start.checked_sub(1).filter(|&k| toks[k].text == ",")?;
    let described = |d: &Candidate| matches!(d.referent, Referent::Description(_)) || (matches!(d.referent, Referent::Registry(_)) && !toks[d.tok_start].is_capitalised());
    let d = cands.iter().rev().find(|d| d.tok_end <= comma && d.tok_start + MAX_ROLE_WORDS >= comma && described(d))?;
    let clean = !toks[d.tok_end..comma].iter().any(|t| matches!(t.text.as_str(), "," | "." | ";" | ":" | "«" | "»" | "“" | "”" | "\""));
    clean.then_some((d.tok_start, comma))
}

/// "Jan Novak, the company's chief executive, said": the words between the
/// commas after a name, when they open with a lower-case word (an article or
/// a role noun), as appositions do, and hold no cue verb ("X, a estimé que …"
/// is what X said). The sentence may close it when a cue verb comes right
/// before the name ("…, said Meredith Whittaker, president of Signal.").
fn apposition_after(text: &Text, name_start: usize, name_end: usize) -> Option<(usize, usize)> {
    let toks = &text.tokens;
    if toks.get(name_end)?.text != "," {
        return None;
    }
    let first = toks.get(name_end + 1)?;
    if !first.is_word || first.is_capitalised() {
        return None;
    }
    let close = (name_end + 1..(name_end + 1 + MAX_ROLE_WORDS).min(toks.len())).find(|&k| matches!(toks[k].text.as_str(), "," | "." | ";" | ":"))?;
    let inverted = (name_start.saturating_sub(3)..name_start).any(|k| is_cue(text, k).is_some());
    let closed = toks[close].text == "," || (toks[close].text == "." && inverted);
    let no_cue = !(name_end + 1..close).any(|k| is_cue(text, k).is_some());
    (closed && no_cue && close > name_end + 1).then_some((name_end + 1, close))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;
    use dossier_core::Document;

    fn roles(text: &str, lang: &str) -> Vec<Option<String>> {
        let x = Extractor::new().extract(&Document::news("t", text, lang));
        x.quotes.iter().map(|q| q.speaker.as_ref().and_then(|s| s.role.as_ref()).map(|r| r.text.clone())).collect()
    }

    #[test]
    fn titles_and_appositions_are_roles() {
        assert_eq!(roles("“We will never build a backdoor into our products,” said Apple chief executive Tim Cook.", "en"), [Some("Apple chief executive".to_string())]);
        assert_eq!(roles("Tim Cook, the company's chief executive, said: “We will never build a backdoor into our products.”", "en"), [Some("the company's chief executive".to_string())]);
        assert_eq!(roles("“This is a dangerous precedent,” said Meredith Whittaker, president of Signal.", "en"), [Some("president of Signal".to_string())]);
        assert_eq!(roles("Le ministre de l'Intérieur, Gérald Darmanin, a déclaré : « Nous ne voulons pas affaiblir le chiffrement. »", "fr"), [Some("Le ministre de l'Intérieur".to_string())]);
    }
}
