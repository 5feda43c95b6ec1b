//! The statements chart: quotes and claims per month (per year over long
//! spans), stacked by stance, drawn by the server as inline SVG. Each bar
//! links to the timeline narrowed to its period.

use dossier_core::Stance;
use dossier_timeline::Entry;
use maud::{html, Markup};
use serde::Serialize;

/// Above this many months the chart counts per year.
const MAX_MONTH_BARS: usize = 96;

/// One bar: a period (`YYYY-MM` or `YYYY`) and its statements by stance.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Bar {
    pub period: String,
    pub against: u64,
    #[serde(rename = "for")]
    pub for_: u64,
    pub neutral: u64,
}

impl Bar {
    fn total(&self) -> u64 {
        self.against + self.for_ + self.neutral
    }
}

fn month_of(date: &str) -> Option<(i32, u32)> {
    let y: i32 = date.get(..4)?.parse().ok()?;
    if date.as_bytes().get(4) != Some(&b'-') {
        return None;
    }
    let m: u32 = date.get(5..7)?.parse().ok()?;
    (1..=12).contains(&m).then_some((y, m))
}

/// Bars for the dated quotes and claims of `entries`, every period between
/// the first and the last present (empty ones included), and how many
/// statements dated to a year only are left out of a monthly chart.
pub fn bars(entries: &[&Entry]) -> (Vec<Bar>, u64) {
    let statements: Vec<&&Entry> = entries.iter().filter(|e| e.kind != "event" && e.date.is_some()).collect();
    let months: Vec<((i32, u32), Option<Stance>)> =
        statements.iter().filter_map(|e| Some((month_of(e.date.as_deref()?)?, e.stance))).collect();
    let years: Vec<(i32, Option<Stance>)> =
        statements.iter().filter_map(|e| Some((e.date.as_deref()?.get(..4)?.parse().ok()?, e.stance))).collect();
    let (Some(first), Some(last)) = (months.iter().map(|m| m.0).min(), months.iter().map(|m| m.0).max()) else {
        return (year_bars(&years), 0);
    };
    let span = ((last.0 - first.0) * 12 + last.1 as i32 - first.1 as i32 + 1) as usize;
    if span > MAX_MONTH_BARS {
        return (year_bars(&years), 0);
    }
    let mut out: Vec<Bar> = (0..span)
        .map(|i| {
            let n = first.0 * 12 + first.1 as i32 - 1 + i as i32;
            Bar { period: format!("{:04}-{:02}", n / 12, n % 12 + 1), against: 0, for_: 0, neutral: 0 }
        })
        .collect();
    for ((y, m), stance) in &months {
        let i = ((y - first.0) * 12 + *m as i32 - first.1 as i32) as usize;
        if let Some(bar) = out.get_mut(i) {
            add(bar, *stance);
        }
    }
    (out, (years.len() - months.len()) as u64)
}

fn add(bar: &mut Bar, stance: Option<Stance>) {
    match stance {
        Some(Stance::Against) => bar.against += 1,
        Some(Stance::For) => bar.for_ += 1,
        _ => bar.neutral += 1,
    }
}

fn year_bars(years: &[(i32, Option<Stance>)]) -> Vec<Bar> {
    let (Some(first), Some(last)) = (years.iter().map(|y| y.0).min(), years.iter().map(|y| y.0).max()) else {
        return Vec::new();
    };
    let mut out: Vec<Bar> =
        (first..=last).map(|y| Bar { period: format!("{y:04}"), against: 0, for_: 0, neutral: 0 }).collect();
    for (y, stance) in years {
        if let Some(bar) = out.get_mut((y - first) as usize) {
            add(bar, *stance);
        }
    }
    out
}

/// The rectangles of one bar, bottom up: (class, y, height).
fn stack(b: &Bar, base: f64, scale: f64) -> Vec<(&'static str, f64, f64)> {
    let mut y = base;
    let mut out = Vec::new();
    for (n, class) in [(b.against, "bar-against"), (b.for_, "bar-for"), (b.neutral, "bar-neutral")] {
        if n > 0 {
            let bh = n as f64 * scale;
            y -= bh;
            out.push((class, y, bh));
        }
    }
    out
}

/// The SVG chart; `link(period)` is where a bar leads.
pub fn svg(bars: &[Bar], left_out: u64, link: impl Fn(&str) -> String) -> Markup {
    let max = bars.iter().map(Bar::total).max().unwrap_or(0).max(1);
    let (w, h, top, bottom) = (960.0_f64, 180.0_f64, 10.0_f64, 24.0_f64);
    let slot = w / bars.len().max(1) as f64;
    let bar_w = (slot * 0.8).clamp(1.0, 48.0);
    let scale = (h - top - bottom) / max as f64;
    let label_every = (bars.len() / 12).max(1);
    let total: u64 = bars.iter().map(Bar::total).sum();
    html! {
        @if bars.is_empty() {
            p.muted { "No dated statements to chart." }
        } @else {
            figure.chart {
                svg viewBox="0 0 960 180" role="img" aria-labelledby="chart-title" {
                    title #chart-title { (total) " statements per " (if bars[0].period.len() == 4 { "year" } else { "month" }) ", by stance" }
                    line.axis x1="0" y1=(format!("{:.1}", h - bottom)) x2=(format!("{w:.1}")) y2=(format!("{:.1}", h - bottom)) {}
                    @for (i, b) in bars.iter().enumerate() {
                        @let x = i as f64 * slot + (slot - bar_w) / 2.0;
                        a href=(link(&b.period)) {
                            title { (b.period) ": " (b.against) " against, " (b.for_) " for, " (b.neutral) " neutral" }
                            rect.hit x=(format!("{:.1}", i as f64 * slot)) y="0" width=(format!("{slot:.1}")) height=(format!("{:.1}", h - bottom)) {}
                            @for (class, y, bh) in stack(b, h - bottom, scale) {
                                rect class=(class) x=(format!("{x:.1}")) y=(format!("{y:.1}")) width=(format!("{bar_w:.1}")) height=(format!("{bh:.1}")) {}
                            }
                        }
                        @if i % label_every == 0 {
                            text.tick x=(format!("{:.1}", i as f64 * slot + 2.0)) y=(format!("{:.1}", h - 8.0)) { (b.period) }
                        }
                    }
                }
                figcaption {
                    span.key.key-against { "against" } " "
                    span.key.key-for { "for" } " "
                    span.key.key-neutral { "neutral" }
                    " — stance toward weakening encryption; click a bar to narrow the range."
                    @if left_out > 0 { " " (left_out) " statements dated to a year only are not charted." }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(date: &str, stance: Option<Stance>) -> Entry {
        Entry {
            date: Some(date.into()),
            date_inferred: false,
            kind: "quote",
            actor_ids: vec![],
            actor_names: vec![],
            stance,
            topics: vec![],
            text: "t".into(),
            context: "t".into(),
            doc_id: "d".into(),
            title: "t".into(),
            language: "fr".into(),
            source: "s".into(),
            link: None,
            start: 0,
            end: 1,
            instruments: vec![],
        }
    }

    #[test]
    fn months_between_are_filled_and_stances_stacked() {
        let list = [e("2025-01-03", Some(Stance::Against)), e("2025-03", Some(Stance::For)), e("2025-03-09", Some(Stance::Against)), e("2024", None)];
        let refs: Vec<&Entry> = list.iter().collect();
        let (b, left) = bars(&refs);
        assert_eq!(b.iter().map(|b| b.period.as_str()).collect::<Vec<_>>(), ["2025-01", "2025-02", "2025-03"]);
        assert_eq!((b[2].against, b[2].for_, b[1].total()), (1, 1, 0));
        assert_eq!(left, 1);
        let svg = svg(&b, left, |p| format!("/timeline?from={p}&to={p}")).into_string();
        assert!(svg.contains("href=\"/timeline?from=2025-03&amp;to=2025-03\""));
        assert!(svg.contains("class=\"bar-for\""));
    }

    #[test]
    fn long_spans_count_per_year() {
        let list = [e("2010-01-01", None), e("2025-03-01", None)];
        let refs: Vec<&Entry> = list.iter().collect();
        assert_eq!(bars(&refs).0.len(), 16);
    }
}
