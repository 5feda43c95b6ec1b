//! Date strings to calendar days: ISO and numeric forms, RFC 2822, and
//! written dates with month names in the languages Dossier reads (plus a few
//! common in news: pt, nl, ru, uk, tr), and CJK `2025年2月7日`.

use chrono::{Datelike, NaiveDate};

/// Month names and abbreviations (lower case), month number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
    ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9),
    ("oct", 10), ("nov", 11), ("dec", 12),
    // fr
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fév", 2), ("avr", 4), ("juil", 7), ("déc", 12),
    // de
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("juni", 6), ("juli", 7),
    ("oktober", 10), ("dezember", 12), ("mär", 3), ("okt", 10), ("dez", 12),
    // es
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6), ("julio", 7),
    ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
    // it
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12), ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7),
    ("set", 9), ("ott", 10),
    // pt
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("marco", 3), ("maio", 5), ("junho", 6), ("julho", 7),
    ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12), ("fev", 2), ("out", 10),
    // nl
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8), ("mrt", 3),
    // ru (genitive) and uk
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6), ("июля", 7),
    ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
    ("січня", 1), ("лютого", 2), ("березня", 3), ("квітня", 4), ("травня", 5), ("червня", 6), ("липня", 7),
    ("серпня", 8), ("вересня", 9), ("жовтня", 10), ("листопада", 11), ("грудня", 12),
    // tr
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6), ("temmuz", 7),
    ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    // ro
    ("ianuarie", 1), ("februarie", 2), ("martie", 3), ("aprilie", 4), ("iunie", 6), ("iulie", 7),
    ("septembrie", 9), ("octombrie", 10), ("noiembrie", 11), ("decembrie", 12),
    // pl (genitive)
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5), ("czerwca", 6), ("lipca", 7),
    ("sierpnia", 8), ("września", 9), ("października", 10), ("listopada", 11), ("grudnia", 12),
    // cs (genitive)
    ("ledna", 1), ("února", 2), ("března", 3), ("dubna", 4), ("května", 5), ("června", 6), ("července", 7),
    ("srpna", 8), ("září", 9), ("října", 10), ("listopadu", 11), ("prosince", 12),
    // sv, da, no, id (beyond the shared forms above)
    ("augusti", 8), ("desember", 12), ("maret", 3), ("agustus", 8),
    // ar (Egyptian and Levantine month names)
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يوليو", 7),
    ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ("كانون", 0), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8),
    ("أيلول", 9), ("تشرين", 0),
    // el (genitive)
    ("ιανουαρίου", 1), ("φεβρουαρίου", 2), ("μαρτίου", 3), ("απριλίου", 4), ("μαΐου", 5), ("ιουνίου", 6),
    ("ιουλίου", 7), ("αυγούστου", 8), ("σεπτεμβρίου", 9), ("οκτωβρίου", 10), ("νοεμβρίου", 11), ("δεκεμβρίου", 12),
];

fn month(word: &str) -> Option<u32> {
    // 0 marks an ambiguous name (Levantine كانون/تشرين need a qualifier).
    MONTHS.iter().find(|(w, _)| *w == word).map(|(_, m)| *m).filter(|m| *m > 0)
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(u32, usize),
    Word(String),
    Punct(char),
}

fn tokenize(s: &str) -> Vec<Tok> {
    tokenize_at(s).0
}

/// Tokens and the byte offset where each starts.
fn tokenize_at(s: &str) -> (Vec<Tok>, Vec<usize>) {
    let mut toks = Vec::new();
    let mut pos = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(at, c)) = chars.peek() {
        let before = toks.len();
        if c.is_ascii_digit() {
            let mut v: u64 = 0;
            let mut len = 0;
            while let Some(&(_, d)) = chars.peek() {
                match d.to_digit(10) {
                    Some(x) if d.is_ascii_digit() => {
                        v = v.saturating_mul(10).saturating_add(x as u64);
                        len += 1;
                        chars.next();
                    }
                    _ => break,
                }
            }
            toks.push(Tok::Num(v.min(u32::MAX as u64) as u32, len));
        } else if c.is_alphabetic() {
            let mut w = String::new();
            while let Some(&(_, d)) = chars.peek() {
                if d.is_alphabetic() && !is_cjk_marker(d) {
                    w.extend(d.to_lowercase());
                    chars.next();
                } else {
                    break;
                }
            }
            if w.is_empty() {
                // A CJK date marker on its own.
                toks.push(Tok::Punct(c));
                chars.next();
            } else {
                toks.push(Tok::Word(w));
            }
        } else {
            if !c.is_whitespace() {
                toks.push(Tok::Punct(c));
            }
            chars.next();
        }
        if toks.len() > before {
            pos.push(at);
        }
        if toks.len() > 100_000 {
            break;
        }
    }
    (toks, pos)
}

fn is_cjk_marker(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '년' | '월' | '일')
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn year4(t: &Tok) -> Option<u32> {
    match t {
        Tok::Num(v, 4) => Some(*v),
        _ => None,
    }
}

fn day(t: &Tok) -> Option<u32> {
    match t {
        Tok::Num(v, 1 | 2) if (1..=31).contains(v) => Some(*v),
        _ => None,
    }
}

fn month_tok(t: &Tok) -> Option<u32> {
    match t {
        Tok::Word(w) => month(w),
        _ => None,
    }
}

fn is_ordinal_suffix(t: &Tok) -> bool {
    matches!(t, Tok::Word(w) if matches!(w.as_str(), "st" | "nd" | "rd" | "th" | "er" | "º" | "o"))
}

fn is_filler(t: &Tok) -> bool {
    matches!(t, Tok::Punct('.' | ',' | '-' | '/'))
        || matches!(t, Tok::Word(w) if matches!(w.as_str(), "de" | "del" | "of" | "den" | "im" | "le" | "el" | "il" | "à"))
}

/// Skips ordinal suffixes and fillers from `i`, at most 3 tokens.
fn skip(toks: &[Tok], mut i: usize) -> usize {
    let start = i;
    while i < toks.len() && i - start < 3 && (is_filler(&toks[i]) || is_ordinal_suffix(&toks[i])) {
        i += 1;
    }
    i
}

/// Every date found in `s`, in order of appearance, with the byte offset
/// where it starts. `month_first` reads ambiguous numeric dates like
/// 02/07/2025 as US month/day.
pub(crate) fn find_dates_at(s: &str, month_first: bool) -> Vec<(usize, NaiveDate)> {
    let (toks, pos) = tokenize_at(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((d, used)) = date_at(&toks, i, month_first) {
            out.push((pos[i], d));
            i += used.max(1);
        } else {
            i += 1;
        }
    }
    out
}

/// The first date in `s`.
pub(crate) fn parse_date(s: &str, month_first: bool) -> Option<NaiveDate> {
    let toks = tokenize(s);
    (0..toks.len()).find_map(|i| date_at(&toks, i, month_first).map(|(d, _)| d))
}

fn date_at(t: &[Tok], i: usize, month_first: bool) -> Option<(NaiveDate, usize)> {
    let g = |k: usize| t.get(i + k);
    let first = g(0)?;
    // Compact 20250207.
    if let Tok::Num(v, 8) = first {
        let (y, m, d) = (v / 10000, v / 100 % 100, v % 100);
        if (1990..=2100).contains(&y) {
            if let Some(x) = ymd(y, m, d) {
                return Some((x, 1));
            }
        }
    }
    // Year first: 2025-02-07, 2025/02/07, 2025.02.07, 2025年2月7日.
    if let Some(y) = year4(first) {
        if let (Some(Tok::Punct(s1)), Some(Tok::Num(m, 1 | 2)), Some(Tok::Punct(s2)), Some(Tok::Num(d, 1 | 2))) =
            (g(1), g(2), g(3), g(4))
        {
            let ok = (s1 == s2 && matches!(s1, '-' | '/' | '.')) || (*s1 == '年' || *s1 == '년') && (*s2 == '月' || *s2 == '월');
            if ok {
                if let Some(x) = ymd(y, *m, *d) {
                    return Some((x, 5));
                }
            }
        }
        return None;
    }
    // Day first: 07.02.2025, 7 février 2025, 7. Februar 2025, 7 de febrero de 2025.
    if let Some(d) = day(first) {
        if let (Some(Tok::Punct(s1)), Some(Tok::Num(m, 1 | 2)), Some(Tok::Punct(s2)), Some(y)) = (g(1), g(2), g(3), g(4)) {
            if s1 == s2 && matches!(s1, '.' | '/' | '-') {
                if let Some(y) = year4(y).or(match y {
                    Tok::Num(v, 2) if *s1 == '.' => Some(2000 + v),
                    _ => None,
                }) {
                    let (dd, mm) = if (month_first && *s1 == '/' && d <= 12) || *m > 12 { (*m, d) } else { (d, *m) };
                    if let Some(x) = ymd(y, mm, dd) {
                        return Some((x, 5));
                    }
                }
            }
        }
        let j = skip(t, i + 1);
        if let Some(m) = t.get(j).and_then(month_tok) {
            let k = skip(t, j + 1);
            if let Some(y) = t.get(k).and_then(year4) {
                if let Some(x) = ymd(y, m, d) {
                    return Some((x, k + 1 - i));
                }
            }
        }
        return None;
    }
    // Month first: February 7, 2025; Feb. 7th 2025.
    if let Some(m) = month_tok(first) {
        let j = skip(t, i + 1);
        if let Some(d) = t.get(j).and_then(day) {
            let mut k = skip(t, j + 1);
            // C's asctime and Java's Date: "Oct 11 14:57:21 CEST 2021".
            if let (Some(Tok::Num(_, 1 | 2)), Some(Tok::Punct(':')), Some(Tok::Num(_, 2))) = (t.get(k), t.get(k + 1), t.get(k + 2)) {
                k += 3;
                while k < t.len() && k <= j + 8 && !matches!(t[k], Tok::Num(_, 4)) {
                    k += 1;
                }
            }
            if let Some(y) = t.get(k).and_then(year4) {
                if let Some(x) = ymd(y, m, d) {
                    return Some((x, k + 1 - i));
                }
            }
        }
    }
    None
}

/// A date in a URL path: /2025/02/07/, /20250207/, -2025-02-07, /2025-02-07/.
pub(crate) fn url_date(url: &str) -> Option<NaiveDate> {
    let path = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = path.split_once('/').map(|(_, r)| r).unwrap_or("");
    let toks = tokenize(path);
    for i in 0..toks.len() {
        if let Tok::Num(v, 8) = &toks[i] {
            let (y, m, d) = (v / 10000, v / 100 % 100, v % 100);
            if (1990..=2100).contains(&y) {
                if let Some(x) = ymd(y, m, d) {
                    return Some(x);
                }
            }
        }
        if let Some(y) = year4(&toks[i]) {
            if !(1990..=2100).contains(&y) {
                continue;
            }
            if let (Some(Tok::Punct(s1)), Some(Tok::Num(m, 1 | 2)), Some(Tok::Punct(s2)), Some(Tok::Num(d, dl @ (1 | 2)))) =
                (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3), toks.get(i + 4))
            {
                // A one-digit "day" before a word is a slug: /2023/10/3-fragen-an.
                let slug = *dl == 1 && matches!(toks.get(i + 5), Some(Tok::Punct('-' | '_')));
                if matches!(s1, '/' | '-' | '_' | '.') && matches!(s2, '/' | '-' | '_' | '.') && !slug {
                    if let Some(x) = ymd(y, *m, *d) {
                        return Some(x);
                    }
                }
            }
        }
    }
    None
}

/// Publication dates must be after 1990 and not in the future (one day of
/// slack for time zones ahead of UTC).
pub(crate) fn plausible(d: NaiveDate) -> bool {
    let today = chrono::Utc::now().date_naive();
    d.year() >= 1990 && d <= today.succ_opt().unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn written_dates_in_five_languages() {
        let want = d(2025, 2, 7);
        for s in [
            "Publié le 7 février 2025 à 10h32",
            "Published 7 February 2025",
            "February 7, 2025",
            "Feb. 7th, 2025",
            "7. Februar 2025",
            "7 de febrero de 2025",
            "7 febbraio 2025",
            "07.02.2025",
            "2025-02-07",
            "2025-02-07T10:32:00+01:00",
            "Fri, 07 Feb 2025 10:32:00 GMT",
            "2025年2月7日",
            "20250207",
            "Fri Feb 07 10:32:00 CET 2025",
            "7 februarie 2025",
            "7 lutego 2025",
            "الجمعة، 07 فبراير 2025",
        ] {
            assert_eq!(parse_date(s, false), Some(want), "{s}");
        }
    }

    #[test]
    fn numeric_order() {
        assert_eq!(parse_date("02/07/2025", true), Some(d(2025, 2, 7)));
        assert_eq!(parse_date("07/02/2025", false), Some(d(2025, 2, 7)));
        assert_eq!(parse_date("13/02/2025", true), Some(d(2025, 2, 13)));
        assert_eq!(parse_date("no date here 12345", false), None);
        assert_eq!(parse_date("31 February 2025", false), None);
    }

    #[test]
    fn url_dates() {
        assert_eq!(url_date("https://ex.com/2025/02/07/title"), Some(d(2025, 2, 7)));
        assert_eq!(url_date("https://ex.com/news/20250207/title"), Some(d(2025, 2, 7)));
        assert_eq!(url_date("https://ex.com/news/title-2025-02-07"), Some(d(2025, 2, 7)));
        assert_eq!(url_date("https://ex.com/2025/02/title"), None);
        assert_eq!(url_date("https://ex.com/2023/10/3-questions-for-her/"), None);
        assert_eq!(url_date("https://ex.com/2023/10/3/story"), Some(d(2023, 10, 3)));
        assert_eq!(url_date("https://20250207.com/"), None);
    }

    #[test]
    fn plausibility() {
        assert!(!plausible(d(1989, 12, 31)));
        assert!(plausible(d(2020, 1, 1)));
        assert!(!plausible(d(2999, 1, 1)));
    }
}
