//! Trafilatura's evaluation metric: per page, short phrases that must appear
//! in the main text (`with`) and boilerplate phrases that must not
//! (`without`). A found `with` phrase is a true positive, a missing one a
//! false negative; a found `without` phrase is a false positive.

/// Counts summed over pages (micro average, as trafilatura's `evaluate.py`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnippetCounts {
    pub true_pos: usize,
    pub false_neg: usize,
    pub false_pos: usize,
    pub true_neg: usize,
}

impl SnippetCounts {
    pub fn add(&mut self, o: SnippetCounts) {
        self.true_pos += o.true_pos;
        self.false_neg += o.false_neg;
        self.false_pos += o.false_pos;
        self.true_neg += o.true_neg;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Whitespace runs become one space. Nothing else is forgiven: a soft hyphen
/// left inside a word makes a phrase unfindable, as it does for a reader's
/// search.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores one extracted text against a page's phrases.
pub fn score_snippets(text: &str, with: &[String], without: &[String]) -> SnippetCounts {
    let text = normalise(text);
    let found = |s: &String| text.contains(&normalise(s));
    let hits = with.iter().filter(|s| found(s)).count();
    let leaks = without.iter().filter(|s| found(s)).count();
    SnippetCounts { true_pos: hits, false_neg: with.len() - hits, false_pos: leaks, true_neg: without.len() - leaks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_found_and_leaked_phrases() {
        let with = vec!["the first  paragraph".to_string(), "missing phrase".to_string()];
        let without = vec!["Home".to_string(), "Cookie policy".to_string()];
        let c = score_snippets("Home\n\nThe story: the first\nparagraph of it.", &with, &without);
        assert_eq!(c, SnippetCounts { true_pos: 1, false_neg: 1, false_pos: 1, true_neg: 1 });
        assert!((c.precision() - 0.5).abs() < 1e-9 && (c.recall() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn a_soft_hyphen_left_in_the_text_hides_a_phrase() {
        let with = vec!["Bundesverfassungsgericht entschied".to_string()];
        let c = score_snippets("Das Bundes\u{ad}verfassungs\u{ad}gericht entschied", &with, &[]);
        assert_eq!(c.true_pos, 0);
        assert_eq!(SnippetCounts::default().f1(), 0.0);
    }
}
