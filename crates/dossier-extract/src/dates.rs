//! Temporal expressions: absolute ("21 février 2025", "February 21, 2025",
//! "21. Februar 2025", "en 2019", "fin 2022") and relative ("hier", "last week",
//! "vor zwei Wochen", weekday names), resolved against the publication date.

use crate::resources::DateLexicon;
use crate::text::{Text, Token};
use chrono::{Datelike, Duration, NaiveDate};
use dossier_core::Precision;

/// A temporal expression found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for a relative expression without a reference date.
    pub value: Option<String>,
    pub precision: Precision,
    pub approximate: bool,
    pub relative: bool,
}

fn format_value(d: NaiveDate, p: Precision) -> String {
    p.format(d)
}

fn in_list(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

fn month_of(lex: &DateLexicon, word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    lex.months.iter().position(|forms| forms.iter().any(|f| f.trim_end_matches('.') == w)).map(|i| i as u32 + 1)
}

fn year_of(tok: &Token) -> Option<i32> {
    if tok.text.len() == 4 && tok.text.chars().all(|c| c.is_ascii_digit()) {
        let y: i32 = tok.text.parse().ok()?;
        (1800..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

fn day_of(tok: &Token) -> Option<u32> {
    let t = tok.lower.trim_end_matches("er").trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th").trim_end_matches('º');
    let d: u32 = t.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// Multi-word phrase match at token `i` against lower-cased `phrase`; returns the end token.
fn phrase_at(lex: &DateLexicon, tokens: &[Token], i: usize, phrase: &str) -> Option<usize> {
    let owned;
    let words = match lex.phrase_words.get(phrase) {
        Some(w) => w,
        None => {
            owned = crate::words_of(phrase);
            &owned
        }
    };
    if words.is_empty() || i + words.len() > tokens.len() {
        return None;
    }
    words.iter().enumerate().all(|(k, w)| tokens[i + k].lower == *w).then_some(i + words.len())
}

fn longest_phrase<'a>(lex: &DateLexicon, tokens: &[Token], i: usize, phrases: impl IntoIterator<Item = &'a String>) -> Option<usize> {
    if tokens.get(i).is_none_or(|t| !lex.phrase_first_words.contains(&t.lower)) && !lex.phrase_words.is_empty() {
        return None;
    }
    phrases.into_iter().filter_map(|p| phrase_at(lex, tokens, i, p)).max()
}

fn number_at(lex: &DateLexicon, tok: &Token) -> Option<u32> {
    tok.lower.parse().ok().or_else(|| lex.number_words.get(&tok.lower).copied())
}

fn unit_of(lex: &DateLexicon, word: &str) -> Option<&'static str> {
    ["day", "week", "month", "year"].into_iter().find(|u| lex.units.get(*u).is_some_and(|forms| in_list(forms, word)))
}

/// `d` minus `n` units; `None` when out of the calendar's range ("il y a 100000000 jours").
/// "two weeks ago" names a day, roughly, not an ISO week.
fn shift_ago(d: NaiveDate, unit: &str, n: i64) -> Option<(NaiveDate, Precision)> {
    shift(d, unit, n).map(|(x, p)| (x, if p == Precision::Week { Precision::Day } else { p }))
}

fn shift(d: NaiveDate, unit: &str, n: i64) -> Option<(NaiveDate, Precision)> {
    match unit {
        "day" => d.checked_sub_signed(Duration::try_days(n)?).map(|x| (x, Precision::Day)),
        "week" => d.checked_sub_signed(Duration::try_weeks(n)?).map(|x| (x, Precision::Week)),
        "month" if n < 0 => d.checked_add_months(chrono::Months::new(u32::try_from(-n).ok()?)).map(|m| (m, Precision::Month)),
        "month" => d.checked_sub_months(chrono::Months::new(u32::try_from(n).ok()?)).map(|m| (m, Precision::Month)),
        "year" => NaiveDate::from_ymd_opt(d.year().checked_sub(i32::try_from(n).ok()?)?, 1, 1).map(|y| (y, Precision::Year)),
        _ => None,
    }
}

/// Find temporal expressions in `text` for a language's lexicon.
/// Whether the sentence around token `i` speaks of the future ("will meet
/// on Tuesday", "doit être examiné en mars"): a future marker within the
/// clause before it or just after it.
fn future_context(toks: &[Token], i: usize, lex: &DateLexicon) -> bool {
    let is_end = |t: &Token| matches!(t.text.as_str(), "." | "!" | "?" | ";");
    let back = (i.saturating_sub(10)..i).rev().take_while(|&k| !is_end(&toks[k])).any(|k| in_list(&lex.future_markers, &toks[k].lower));
    let ahead = (i + 1..(i + 4).min(toks.len())).take_while(|&k| !is_end(&toks[k])).any(|k| in_list(&lex.future_markers, &toks[k].lower));
    back || ahead
}

/// The year of a month (and day) named without one: the year that puts it
/// nearest the publication date, since news tells of what happened lately
/// or is due soon ("am 2. September abgesagt" in a story of 22 August is
/// this September; "in November" in February is last November). When the
/// sentence speaks of the future, only dates from the publication month on
/// count ("will take effect in November", "sera publié en janvier" in
/// October). Between two as near, the earlier.
fn year_for_date(published: Option<NaiveDate>, month: u32, day: Option<u32>, future: bool) -> Option<i32> {
    let p = published?;
    let month_start = NaiveDate::from_ymd_opt(p.year(), p.month(), 1)?;
    (p.year() - 1..=p.year() + 1)
        .filter_map(|y| Some((y, NaiveDate::from_ymd_opt(y, month, day.unwrap_or(15)).or_else(|| NaiveDate::from_ymd_opt(y, month, 28))?)))
        .filter(|(_, d)| !future || *d >= month_start)
        .min_by_key(|(_, d)| ((*d - p).num_days().abs(), *d))
        .map(|(y, _)| y)
}

/// A weekday, alone or with "last"/"next" before or after it ("last Friday",
/// "vendredi dernier", "nächsten Dienstag"). A bare weekday is the most recent
/// such day on or before publication (the same day in a story published that
/// day), or the next one when the sentence speaks of the future; "last" on
/// the same weekday means a week earlier, "next" a week later.
fn weekday_at(toks: &[Token], i: usize, lex: &DateLexicon, published: Option<NaiveDate>) -> Option<Match> {
    // German writes the part of the day into the weekday: "Samstagabend", "Montagmorgen".
    let day_part = |w: &str| lex.weekday_part_suffixes.iter().find_map(|p| w.strip_suffix(p.as_str())).map(str::to_string);
    let weekday = |k: usize| toks.get(k).and_then(|t| lex.weekdays.iter().position(|forms| in_list(forms, &t.lower) || day_part(&t.lower).is_some_and(|w| in_list(forms, &w))));
    let (wd, end, last, next) = match weekday(i) {
        Some(wd) => {
            let after = toks.get(i + 1).map(|n| n.lower.as_str()).unwrap_or("");
            let (last, next) = (in_list(&lex.last, after), in_list(&lex.next, after));
            (wd, if last || next { i + 2 } else { i + 1 }, last, next)
        }
        None => {
            let (last, next) = (in_list(&lex.last, &toks[i].lower), in_list(&lex.next, &toks[i].lower));
            match weekday(i + 1) {
                Some(wd) if last || next => (wd, i + 2, last, next),
                _ => return None,
            }
        }
    };
    let forward = next || (!last && future_context(toks, i, lex));
    let value = published.map(|p| {
        let today = p.weekday().num_days_from_monday() as i64;
        let days = if forward {
            let ahead = (wd as i64 - today).rem_euclid(7);
            if ahead == 0 && next { 7 } else { ahead }
        } else {
            let back = (today - wd as i64).rem_euclid(7);
            -(if back == 0 && last { 7 } else { back })
        };
        format_value(p + Duration::days(days), Precision::Day)
    });
    Some((end, value, Precision::Day, false, true))
}

/// The dates of a document whose publication date may be known only to the
/// month or the year (`published: "2024-08"`): relative expressions are
/// resolved against the middle of that period and written no finer than it
/// ("yesterday" in an August 2024 story is `2024-08`, approximate).
pub fn find_document_dates(text: &Text, lex: &DateLexicon, published: Option<NaiveDate>, precision: Precision) -> Vec<DateMention> {
    let reference = published.map(|p| match precision {
        Precision::Month => p + Duration::days(14),
        Precision::Year => NaiveDate::from_ymd_opt(p.year(), 7, 1).unwrap_or(p),
        _ => p,
    });
    let mut found = find_dates(text, lex, reference);
    if matches!(precision, Precision::Month | Precision::Year) {
        for d in found.iter_mut().filter(|d| d.relative && d.precision > precision) {
            d.value = d.value.as_deref().and_then(date_of_value).map(|v| format_value(v, precision));
            d.precision = precision;
            d.approximate = true;
        }
    }
    found
}

/// The first day a value (`2024-08-21`, `2024-W32`, `2024-08`, `2024`) covers.
fn date_of_value(v: &str) -> Option<NaiveDate> {
    if let Some((y, w)) = v.split_once("-W") {
        return NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, chrono::Weekday::Mon);
    }
    dossier_core::parse_date_prefix(v).ok().map(|(first, _)| first)
}

pub fn find_dates(text: &Text, lex: &DateLexicon, published: Option<NaiveDate>) -> Vec<DateMention> {
    let toks = &text.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match match_at(toks, i, lex, published) {
            Some((end, value, precision, approximate, relative)) => {
                let (s, e) = (toks[i].start, toks[end - 1].end);
                out.push(DateMention { start: s, end: e, text: text.slice(s, e), value, precision, approximate, relative });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

type Match = (usize, Option<String>, Precision, bool, bool);

/// A date written in figures: "2019-05-03", "20.10.2005", "15/12/2017". With
/// slashes the day comes first unless it cannot be a day ("12/15/2017");
/// where both orders make a date ("3/4/2020") nothing is said.
fn numeric_date(toks: &[Token], i: usize) -> Option<Match> {
    let t = &toks[i];
    if t.text.len() == 10 {
        if let Ok(d) = NaiveDate::parse_from_str(&t.text, "%Y-%m-%d") {
            return Some((i + 1, Some(format_value(d, Precision::Day)), Precision::Day, false, false));
        }
    }
    let parts = toks.get(i..i + 5)?;
    let number = |x: &Token| x.text.len() <= 2 && x.text.chars().all(|c| c.is_ascii_digit());
    let sep = parts[1].text.as_str();
    let glued = parts.windows(2).all(|w| w[0].end == w[1].start);
    if !(glued && matches!(sep, "." | "/") && parts[3].text == sep && number(&parts[0]) && number(&parts[2])) {
        return None;
    }
    let (a, b): (u32, u32) = (parts[0].text.parse().ok()?, parts[2].text.parse().ok()?);
    let year = year_of(&parts[4])?;
    let (day, month) = match (sep, a <= 12, b <= 12) {
        ("/", true, true) if a != b => return None,
        ("/", true, false) => (b, a),
        _ => (a, b),
    };
    let d = NaiveDate::from_ymd_opt(year, month, day)?;
    Some((i + 5, Some(format_value(d, Precision::Day)), Precision::Day, false, false))
}

fn match_at(toks: &[Token], i: usize, lex: &DateLexicon, published: Option<NaiveDate>) -> Option<Match> {
    let t = &toks[i];
    let reference_year = published.map(|p| p.year());
    // Optional "de"/"del"/"of" between parts (es/it/en), and German "21." day dots.
    let skip_filler = |j: usize| -> usize {
        let mut j = j;
        while j < toks.len() && matches!(toks[j].lower.as_str(), "de" | "del" | "of" | "." | "," | "di") {
            j += 1;
        }
        j
    };

    // Approximate qualifiers: early / mid / late + month or year.
    for (list, approx) in [(&lex.early, true), (&lex.mid, true), (&lex.late, true)] {
        let end = longest_phrase(lex, toks, i, list).or_else(|| {
            // "mi-mars", "mid-2024": the qualifier is a prefix of the token.
            list.iter().filter(|p| p.ends_with('-')).find(|p| t.lower.starts_with(p.as_str())).map(|_| i)
        });
        if let Some(end) = end {
            let (j, prefix_inside) = if end == i { (i, true) } else { (skip_filler(end), false) };
            if j < toks.len() {
                let word = if prefix_inside { t.lower.split_once('-').map(|x| x.1).unwrap_or("").to_string() } else { toks[j].lower.clone() };
                if let Some(m) = month_of(lex, &word) {
                    let mut k = j + 1;
                    let k2 = skip_filler(k);
                    let year = toks.get(k2).and_then(year_of);
                    if year.is_some() {
                        k = k2 + 1;
                    }
                    let y = year.or(reference_year);
                    let value = y.and_then(|y| NaiveDate::from_ymd_opt(y, m, 1)).map(|d| format_value(d, Precision::Month));
                    return Some((k, value, Precision::Month, approx, year.is_none()));
                }
                let year_tok = if prefix_inside {
                    let y = t.lower.split_once('-').map(|x| x.1).unwrap_or("");
                    y.parse::<i32>().ok().filter(|y| (1900..=2100).contains(y))
                } else {
                    year_of(&toks[j])
                };
                if let Some(y) = year_tok {
                    return Some((if prefix_inside { i + 1 } else { j + 1 }, Some(format!("{y:04}")), Precision::Year, approx, false));
                }
            }
        }
    }

    if let Some(m) = numeric_date(toks, i) {
        return Some(m);
    }
    // Day Month [Year]: "21 février 2025", "21. Februar 2025", "21 de febrero de 2025", "1er mars".
    if let Some(d) = day_of(t) {
        let j = skip_filler(i + 1);
        if let Some(m) = toks.get(j).and_then(|x| month_of(lex, &x.lower)) {
            let k = skip_filler(j + 1);
            let year = toks.get(k).and_then(year_of);
            let end = if year.is_some() { k + 1 } else { j + 1 };
            let y = year.or_else(|| year_for_date(published, m, Some(d), future_context(toks, i, lex)));
            let value = y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)).map(|x| format_value(x, Precision::Day));
            return Some((end, value, Precision::Day, false, year.is_none()));
        }
    }
    // Month Day, Year (English) or Month Year.
    if let Some(m) = month_of(lex, &t.lower) {
        // "mai"/"march"/"may" are also ordinary words: require a capital in English or a number next.
        let j = skip_filler(i + 1);
        if let Some(next) = toks.get(j) {
            if let Some(y) = year_of(next) {
                let value = NaiveDate::from_ymd_opt(y, m, 1).map(|x| format_value(x, Precision::Month));
                return Some((j + 1, value, Precision::Month, false, false));
            }
            if let Some(d) = day_of(next) {
                if next.text.len() <= 2 {
                    let k = skip_filler(j + 1);
                    let year = toks.get(k).and_then(year_of);
                    let end = if year.is_some() { k + 1 } else { j + 1 };
                    let y = year.or_else(|| year_for_date(published, m, Some(d), future_context(toks, i, lex)));
                    let value = y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)).map(|x| format_value(x, Precision::Day));
                    return Some((end, value, Precision::Day, false, year.is_none()));
                }
            }
        }
        // "in January", "en janvier": month alone after a year prefix.
        if i > 0 && (in_list(&lex.year_prefixes, &toks[i - 1].lower) || matches!(toks[i - 1].lower.as_str(), "in" | "im" | "en" | "a" | "di" | "nel")) && t.is_word {
            let year = year_for_date(published, m, None, future_context(toks, i, lex));
            let value = year.and_then(|y| NaiveDate::from_ymd_opt(y, m, 1)).map(|x| format_value(x, Precision::Month));
            return Some((i + 1, value, Precision::Month, false, true));
        }
    }
    // Bare year, best with a prefix ("en 2019", "in 2019", "im Jahr 2019").
    if let Some(y) = year_of(t) {
        // "im Jahre 1918": a prefix of several words ends right before the year.
        let prefix_phrase = lex.year_prefixes.iter().any(|p| {
            let n = p.split_whitespace().count();
            i >= n && phrase_at(lex, toks, i - n, p) == Some(i)
        });
        let prefixed = prefix_phrase || (i > 0 && matches!(toks[i - 1].lower.as_str(), "in" | "en" | "im" | "jahr" | "jahre" | "nel" | "del" | "año" | "anno" | "année" | "year" | "since" | "seit"));
        let looks_like_number = toks.get(i + 1).is_some_and(|n| matches!(n.lower.as_str(), "euros" | "euro" | "€" | "dollars" | "%" | "personnes" | "people" | "mots"))
            || (i > 0 && matches!(toks[i - 1].text.as_str(), "€" | "$" | "£" | "Nr" | "No" | "n°"));
        // "1975, als der Grizzlybär …", "2050: Roboter …": a year-like number
        // outside recent decades closing its phrase is a year too.
        let closes_phrase = toks.get(i + 1).is_some_and(|n| matches!(n.text.as_str(), "," | "." | ":" | ";" | ")"));
        if !looks_like_number && (prefixed || (1990..=2035).contains(&y) || closes_phrase) {
            return Some((i + 1, Some(format!("{y:04}")), Precision::Year, false, false));
        }
    }
    // Relative single words and phrases.
    let relative_day = |end: usize, days: i64| -> Option<Match> {
        let value = published.map(|p| format_value(p - Duration::days(days), Precision::Day));
        Some((end, value, Precision::Day, false, true))
    };
    if let Some(end) = longest_phrase(lex, toks, i, &lex.day_before_yesterday) {
        return relative_day(end, 2);
    }
    if let Some(end) = longest_phrase(lex, toks, i, &lex.yesterday) {
        return relative_day(end, 1);
    }
    if let Some(end) = longest_phrase(lex, toks, i, &lex.today) {
        return relative_day(end, 0);
    }
    if let Some(end) = longest_phrase(lex, toks, i, &lex.tomorrow) {
        return relative_day(end, -1);
    }
    if let Some(end) = longest_phrase(lex, toks, i, &lex.earlier_this) {
        let phrase: String = toks[i..end].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
        let unit = toks[i..end].iter().find_map(|t| unit_of(lex, &t.lower)).unwrap_or(if phrase.contains("year") { "year" } else { "month" });
        let (precision, value) = match (unit, published) {
            ("year", Some(p)) => (Precision::Year, Some(format_value(p, Precision::Year))),
            ("week", Some(p)) => (Precision::Week, Some(format_value(p, Precision::Week))),
            (_, Some(p)) => (Precision::Month, Some(format_value(p, Precision::Month))),
            (_, None) => (Precision::Month, None),
        };
        return Some((end, value, precision, precision != Precision::Week, true));
    }
    // Weekday names resolve to the latest such day before publication.
    if let Some(found) = weekday_at(toks, i, lex, published) {
        return Some(found);
    }
    let article = |t: &Token| matches!(t.lower.as_str(), "the" | "la" | "le" | "l" | "die" | "der" | "das" | "el" | "il" | "lo");
    for unit_idx in 0..=2usize {
        let u = i + unit_idx;
        let Some(unit_tok) = toks.get(u) else { continue };
        let Some(unit) = unit_of(lex, &unit_tok.lower) else { continue };
        // "[article] last UNIT": "last" right before the unit, at i or after an article at i.
        let last_before = u > i && in_list(&lex.last, &toks[u - 1].lower) && (u - 1 == i || (u - 2 == i && article(t)));
        // "[article] UNIT last": the unit at i or after an article at i.
        let last_after = toks.get(u + 1).is_some_and(|n| in_list(&lex.last, &n.lower)) && (u == i || (u == i + 1 && article(t)));
        // "next week", "la semaine prochaine", "nächste Woche", "el próximo mes".
        let next_before = u > i && in_list(&lex.next, &toks[u - 1].lower) && (u - 1 == i || (u - 2 == i && article(t)));
        let next_after = toks.get(u + 1).is_some_and(|n| in_list(&lex.next, &n.lower)) && (u == i || (u == i + 1 && article(t)));
        if last_before || last_after || next_before || next_after {
            let end = if last_after || next_after { u + 2 } else { u + 1 };
            let step = if next_before || next_after { -1 } else { 1 };
            let resolved = published.and_then(|p| shift(p, unit, step));
            return Some(match resolved {
                Some((d, precision)) => (end, Some(format_value(d, precision)), precision, false, true),
                None => (end, None, Precision::Day, true, true),
            });
        }
    }
    // "il y a deux semaines", "hace dos semanas", "vor zwei Wochen" / "two weeks ago", "due settimane fa".
    let before = lex.ago_position.as_deref() != Some("after");
    if before {
        if let Some(j) = longest_phrase(lex, toks, i, &lex.ago) {
            if let (Some(n), Some(unit)) = (toks.get(j).and_then(|x| number_at(lex, x)), toks.get(j + 1).and_then(|x| unit_of(lex, &x.lower))) {
                let resolved = published.and_then(|p| shift_ago(p, unit, n as i64));
                let precision = resolved.map(|r| r.1).unwrap_or(Precision::Day);
                return Some((j + 2, resolved.map(|(d, p)| format_value(d, p)), precision, true, true));
            }
        }
    } else if let (Some(n), Some(unit)) = (number_at(lex, t), toks.get(i + 1).and_then(|x| unit_of(lex, &x.lower))) {
        if let Some(end) = longest_phrase(lex, toks, i + 2, &lex.ago) {
            let resolved = published.and_then(|p| shift_ago(p, unit, n as i64));
            let precision = resolved.map(|r| r.1).unwrap_or(Precision::Day);
            return Some((end, resolved.map(|(d, p)| format_value(d, p)), precision, true, true));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::Resources;

    fn dates(lang: &str, s: &str, published: Option<(i32, u32, u32)>) -> Vec<(String, Option<String>)> {
        let r = Resources::embedded().unwrap();
        let text = Text::new(s);
        let p = published.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        find_dates(&text, &r.dates[lang], p).into_iter().map(|d| (d.text, d.value)).collect()
    }

    fn v(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn absolute_dates_in_five_languages() {
        assert_eq!(dates("fr", "Le 21 février 2025, puis en 2019.", None), vec![("21 février 2025".into(), v("2025-02-21")), ("2019".into(), v("2019"))]);
        assert_eq!(dates("en", "On February 21, 2025 and in January 2025.", None), vec![("February 21, 2025".into(), v("2025-02-21")), ("January 2025".into(), v("2025-01"))]);
        assert_eq!(dates("de", "Am 21. Februar 2025 sagte er.", None), vec![("21. Februar 2025".into(), v("2025-02-21"))]);
        assert_eq!(dates("es", "El 21 de febrero de 2025.", None), vec![("21 de febrero de 2025".into(), v("2025-02-21"))]);
        assert_eq!(dates("it", "Il 21 febbraio 2025.", None), vec![("21 febbraio 2025".into(), v("2025-02-21"))]);
    }

    #[test]
    fn approximate_and_relative_dates_resolve_against_publication() {
        let p = Some((2025, 3, 6)); // a Thursday
        assert_eq!(dates("fr", "fin 2022", p), vec![("fin 2022".into(), v("2022"))]);
        assert_eq!(dates("fr", "début mars", p), vec![("début mars".into(), v("2025-03"))]);
        assert_eq!(dates("fr", "hier", p), vec![("hier".into(), v("2025-03-05"))]);
        assert_eq!(dates("fr", "la semaine dernière", p), vec![("la semaine dernière".into(), v("2025-W09"))]);
        assert_eq!(dates("en", "next week", p), vec![("next week".into(), v("2025-W11"))]);
        assert_eq!(dates("de", "diese Woche", p), vec![("diese Woche".into(), v("2025-W10"))]);
        assert_eq!(dates("fr", "il y a deux semaines", p), vec![("il y a deux semaines".into(), v("2025-02-20"))]);
        assert_eq!(dates("en", "two weeks ago", p), vec![("two weeks ago".into(), v("2025-02-20"))]);
        assert_eq!(dates("de", "vor zwei Wochen", p), vec![("vor zwei Wochen".into(), v("2025-02-20"))]);
        assert_eq!(dates("es", "ayer", p), vec![("ayer".into(), v("2025-03-05"))]);
        assert_eq!(dates("it", "ieri", p), vec![("ieri".into(), v("2025-03-05"))]);
        assert_eq!(dates("fr", "mardi", p), vec![("mardi".into(), v("2025-03-04"))]);
        assert_eq!(dates("fr", "hier", None), vec![("hier".into(), None)]);
        assert_eq!(dates("en", "He said last week", p), vec![("last week".into(), v("2025-W09"))]);
        assert_eq!(dates("en", "the last week", p), vec![("the last week".into(), v("2025-W09"))]);
        assert_eq!(dates("fr", "il y a 100000000 jours", p), vec![("il y a 100000000 jours".into(), None)]);
    }

    #[test]
    fn weekdays_on_their_own_day_and_in_the_future() {
        let p = Some((2025, 2, 21)); // a Friday
        assert_eq!(dates("en", "Apple said on Friday it would stop.", p), vec![("Friday".into(), v("2025-02-21"))]);
        assert_eq!(dates("en", "It happened last Friday.", p), vec![("last Friday".into(), v("2025-02-14"))]);
        assert_eq!(dates("en", "The committee will meet on Tuesday.", p), vec![("Tuesday".into(), v("2025-02-25"))]);
        assert_eq!(dates("fr", "Le texte doit être examiné mardi prochain.", p), vec![("mardi prochain".into(), v("2025-02-25"))]);
        assert_eq!(dates("de", "Er sprach am Mittwoch.", p), vec![("Mittwoch".into(), v("2025-02-19"))]);
        assert_eq!(dates("de", "Wie das Amt am Samstagabend mitteilte", p), vec![("Samstagabend".into(), v("2025-02-15"))]);
    }

    #[test]
    fn dates_in_figures() {
        let p = Some((2025, 2, 21));
        assert_eq!(dates("de", "die Wahl am 10.12.2017", p), vec![("10.12.2017".into(), v("2017-12-10"))]);
        assert_eq!(dates("en", "filed on 2019-05-03", p), vec![("2019-05-03".into(), v("2019-05-03"))]);
        assert_eq!(dates("fr", "le 15/12/2017", p), vec![("15/12/2017".into(), v("2017-12-15"))]);
        assert_eq!(dates("en", "on 12/15/2017", p), vec![("12/15/2017".into(), v("2017-12-15"))]);
        // Both orders make a date: only the year is sure.
        assert_eq!(dates("en", "on 3/4/2020", p), vec![("2020".into(), v("2020"))]);
    }

    #[test]
    fn a_bare_month_takes_the_year_the_tense_points_to() {
        let p = Some((2025, 2, 21));
        assert_eq!(dates("en", "The order was issued in November.", p), vec![("November".into(), v("2024-11"))]);
        assert_eq!(dates("en", "The law will take effect in November.", p), vec![("November".into(), v("2025-11"))]);
        let autumn = Some((2024, 10, 2));
        assert_eq!(dates("fr", "Le décret sera publié en janvier.", autumn), vec![("janvier".into(), v("2025-01"))]);
        // The nearest: a visit cancelled in August was due in September; "im Juli" in August is last month.
        let august = Some((2019, 8, 22));
        assert_eq!(dates("de", "Trump hat seinen Staatsbesuch am 2. September abgesagt.", august), vec![("2. September".into(), v("2019-09-02"))]);
        assert_eq!(dates("de", "Die Notenbank werde bereits im Juli aufhören.", august), vec![("Juli".into(), v("2019-07"))]);
    }

    #[test]
    fn older_years_with_a_prefix_or_closing_a_phrase() {
        let p = Some((2006, 2, 7));
        assert_eq!(dates("de", "Das Grab wurde im Jahre 1918 beraubt.", p), vec![("1918".into(), v("1918"))]);
        assert_eq!(dates("de", "1975, als der Bär bedroht war.", p), vec![("1975".into(), v("1975"))]);
        // A count is no year.
        assert!(dates("de", "Es kamen 1850 Menschen.", p).is_empty());
    }
}