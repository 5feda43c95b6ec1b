//! Behaviour tests on the seed and on short multilingual sentences.

use super::*;
use dossier_core::DocKind;

fn doc(lang: &str, text: &str, published: Option<&str>) -> Document {
    Document {
        id: "t".into(),
        source: "-".into(),
        url: None,
        title: "t".into(),
        text: text.into(),
        language: lang.into(),
        language_confidence: 1.0,
        kind: DocKind::News,
        published: published.and_then(dossier_core::parse_published),
        site: None,
        ingested_at: chrono::Utc::now(),
        duplicate_of: None,
    }
}

fn seed() -> Extraction {
    let text = include_str!("../../../corpora/news/uk-apple-icloud-backdoor.fr.txt");
    Extractor::new().extract(&doc("fr", text, None))
}

#[test]
fn seed_actors_are_merged_with_their_mentions() {
    let x = seed();
    let ids: Vec<&str> = x.actors.iter().map(|a| a.id.as_str()).collect();
    for want in ["uk-government", "apple", "us-government", "bloomberg"] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
    let apple = x.actors.iter().find(|a| a.id == "apple").unwrap();
    let texts: Vec<&str> = apple.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("fabricant d")), "{texts:?}");
    assert!(texts.contains(&"l’entreprise"), "{texts:?}");
}

#[test]
fn seed_quote_has_apple_as_speaker_and_scare_quotes_are_skipped() {
    let x = seed();
    assert_eq!(x.quotes.len(), 1, "{:#?}", x.quotes);
    let q = &x.quotes[0];
    assert!(q.text.starts_with("Nous n’avons jamais créé") && q.text.ends_with("ferons jamais"), "{}", q.text);
    let sp = q.speaker.as_ref().unwrap();
    assert_eq!(sp.actor_id.as_deref(), Some("apple"));
    assert_eq!(sp.text, "l’entreprise");
    assert_eq!(q.stance, Stance::Against);
    assert!(q.topics.contains(&"backdoor".to_string()));
}

#[test]
fn seed_claims_have_their_claimants() {
    let x = seed();
    let by = |needle: &str| x.claims.iter().find(|c| c.text.contains(needle)).unwrap_or_else(|| panic!("no claim with {needle:?}: {:#?}", x.claims));
    let id = |c: &Claim| c.claimant.as_ref().and_then(|s| s.actor_id.clone());
    assert_eq!(id(by("ne pas chercher à obtenir un accès général")).as_deref(), Some("uk-government"));
    assert_eq!(id(by("les demandes concerneraient uniquement")).as_deref(), Some("uk-government"));
    assert_eq!(id(by("autorisation judiciaire distincte")).as_deref(), Some("uk-government"));
    assert_eq!(id(by("excès de pouvoir sans précédent")).as_deref(), Some("apple"));
    assert_eq!(id(by("des discussions de haut niveau")).as_deref(), Some("bloomberg"));
}

#[test]
fn seed_2019_agreement_is_an_event_with_both_governments() {
    let x = seed();
    let e = x.events.iter().find(|e| e.date == "2019").expect("2019 event");
    assert!(e.actors.contains(&"uk-government".to_string()) && e.actors.contains(&"us-government".to_string()), "{e:?}");
    assert!(e.text.starts_with("Le Royaume-Uni et les États-Unis ont déjà signé"));
}

#[test]
fn every_span_slices_to_its_text() {
    let x = seed();
    let text = include_str!("../../../corpora/news/uk-apple-icloud-backdoor.fr.txt");
    let check = |s: usize, e: usize, t: &str| assert_eq!(dossier_core::char_slice(text, s, e), Some(t));
    for a in &x.actors {
        for m in &a.mentions {
            check(m.start, m.end, &m.text);
        }
    }
    for q in &x.quotes {
        check(q.start, q.end, &q.text);
    }
    for c in &x.claims {
        check(c.start, c.end, &c.text);
        if let Some(s) = &c.claimant {
            check(s.start, s.end, &s.text);
        }
    }
    for e in &x.events {
        check(e.start, e.end, &e.text);
        check(e.date_start, e.date_end, &e.date_text);
    }
}

#[test]
fn quotes_in_other_languages() {
    let ex = Extractor::new();
    let x = ex.extract(&doc("en", "“We will never build a backdoor into our products,” the company said. Apple declined to comment.", None));
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].speaker.as_ref().map(|s| s.text.as_str()), Some("the company"));
    let x = ex.extract(&doc("de", "„Wir werden keine Hintertür in unsere Produkte einbauen“, sagte Nancy Faeser am Dienstag.", Some("2025-03-06")));
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.as_deref()), Some("nancy-faeser"));
    assert_eq!(x.quotes[0].date.as_deref(), Some("2025-03-04"));
    let x = ex.extract(&doc("es", "Según El País, el Gobierno español apoya el escaneo de los mensajes cifrados.", None));
    assert_eq!(x.claims[0].claimant.as_ref().and_then(|s| s.actor_id.as_deref()), Some("el-pais"));
    let x = ex.extract(&doc("it", "Il ministro ha dichiarato che la crittografia non sarà indebolita in alcun modo.", None));
    assert_eq!(x.claims.len(), 1, "{:?}", x.claims);
}

#[test]
fn sentences_ending_the_text_abruptly_do_not_panic() {
    let ex = Extractor::new();
    for (lang, text) in [
        ("de", "Die Regierung plane eine Hintertür, Apple zufolge"),
        ("de", "„Das ist gefährlich für alle Nutzer der Plattform“, sagte er,"),
        ("de", "Die Ministerin sagte,"),
        ("fr", "Selon"),
        ("fr", "« »"),
        ("en", "“"),
        ("fr", "Il y a 100000000 jours, selon Apple, rien."),
    ] {
        let x = ex.extract(&doc(lang, text, Some("2025-03-06")));
        for q in &x.quotes {
            assert_eq!(dossier_core::char_slice(text, q.start, q.end), Some(q.text.as_str()));
        }
    }
}
