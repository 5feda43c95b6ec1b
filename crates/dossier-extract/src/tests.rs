//! Behaviour tests on the seed and on short multilingual sentences.

use super::*;
use dossier_core::{ActorKind, Claim, Stance};

fn doc(lang: &str, text: &str, published: Option<&str>) -> Document {
    Document { id: "t".into(), source: "-".into(), title: "t".into(), published: published.and_then(dossier_core::parse_published), ..Document::news("t", text, lang) }
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

/// Every span of `x` slices `text` to the item's own text.
fn assert_spans_slice(text: &str, x: &Extraction) {
    let off = x.spans_off_text(text);
    assert!(off.is_empty(), "spans off the text: {off:?}");
}

#[test]
fn every_span_slices_to_its_text() {
    let text = include_str!("../../../corpora/news/uk-apple-icloud-backdoor.fr.txt");
    assert_spans_slice(text, &seed());
}

#[test]
fn a_long_text_is_extracted_window_by_window_with_offsets_into_the_whole() {
    let seed_text = include_str!("../../../corpora/news/uk-apple-icloud-backdoor.fr.txt").trim_end();
    let text = format!("{seed_text}\n\n{seed_text}");
    let one = seed();
    let seed_chars = seed_text.chars().count();
    let x = Extractor::new().with_window_chars(seed_chars + 10).extract(&doc("fr", &text, None));
    assert_spans_slice(&text, &x);
    assert_eq!(x.quotes.len(), 2 * one.quotes.len());
    assert_eq!(x.claims.len(), 2 * one.claims.len());
    assert!(x.quotes[one.quotes.len()].start > seed_chars, "the second copy's quote points into the second copy");
    let mentions = |x: &Extraction| x.actors.iter().find(|a| a.id == "apple").map_or(0, |a| a.mentions.len());
    assert_eq!(mentions(&x), 2 * mentions(&one), "one Apple, with the mentions of both windows");
    assert_eq!(x.actors.len(), one.actors.len());
    assert_eq!(x.topic_relevance, one.topic_relevance, "the same density of topic words");
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

/// The project's multilingual model, as the `dossier` binary embeds it.
fn checked_by_model() -> Extractor {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner-multi.bin");
    let model = dossier_ner::NerModel::load(std::path::Path::new(path)).unwrap();
    Extractor::new().with_detector(Box::new(ModelCheckedDetector::new(Box::new(CapitalisedNameDetector), TrainedNerDetector::new(model))))
}

fn actor_names(x: &Extraction) -> Vec<String> {
    x.actors.iter().map(|a| a.name.clone()).collect()
}

#[test]
fn the_model_vetoes_capitalised_nouns_that_the_rules_take_for_names() {
    let text = "Der Chaos Computer Club kritisierte das Gesetz. Damit blieben Millionen Geräte angreifbar, sagte ein Sprecher des Vereins.";
    let rules = actor_names(&Extractor::new().extract(&doc("de", text, None)));
    assert!(rules.contains(&"Millionen Geräte".to_string()), "the rules alone should take it: {rules:?}");
    let checked = actor_names(&checked_by_model().extract(&doc("de", text, None)));
    assert!(!checked.contains(&"Millionen Geräte".to_string()), "{checked:?}");
}

#[test]
fn the_model_adds_persons_and_widens_names_cut_short() {
    // The rules find the person by his given name but also take a plural noun
    // phrase for a name; with the model, "Er" of the next sentence resolves to him.
    let text = "Jonas Brenner, Kryptograf an der TU Darmstadt, warnt vor hohen Fehlerquoten. \
                Er sagte, bei Milliarden von Nachrichten führe selbst eine geringe Fehlerrate zu Tausenden falschen Verdächtigungen.";
    let rules = actor_names(&Extractor::new().extract(&doc("de", text, None)));
    let x = checked_by_model().extract(&doc("de", text, None));
    assert_eq!(rules, vec!["Jonas Brenner".to_string(), "Milliarden von Nachrichten".to_string()]);
    assert_eq!(actor_names(&x), vec!["Jonas Brenner".to_string()]);
    let claimant = x.claims[0].claimant.as_ref().and_then(|c| c.actor_id.clone());
    assert_eq!(claimant.as_deref(), Some("ner:jonas-brenner"));

    let text = "The chief executive of Kestrel Secure Messaging said that the law was a burden.";
    let rules = actor_names(&Extractor::new().extract(&doc("en", text, None)));
    let checked = actor_names(&checked_by_model().extract(&doc("en", text, None)));
    assert!(rules.contains(&"Secure Messaging".to_string()), "{rules:?}");
    assert!(checked.contains(&"Kestrel Secure Messaging".to_string()), "{checked:?}");
}

/// Stands for a model: names given one-word persons, weak like a model's.
struct OneWordPersons(Vec<&'static str>);

impl EntityDetector for OneWordPersons {
    fn detect(&self, text: &Text, _lang: &str, taken: &[bool], _res: &Resources) -> Vec<Candidate> {
        let mut out = Vec::new();
        for (k, t) in text.tokens.iter().enumerate() {
            if self.0.contains(&t.text.as_str()) && !taken[k] {
                out.push(Candidate { start: t.start, end: t.end, tok_start: k, tok_end: k + 1, referent: Referent::Named { name: t.text.clone(), kind: ActorKind::Person }, weak: true });
            }
        }
        out
    }
}

#[test]
fn a_weak_one_word_person_is_the_full_name_with_that_surname_or_nobody() {
    let text = "But for Priya Natarajan, founder of Kestrel, a Melbourne start-up, the law is a burden. \
                “Customers keep asking whether we could be forced to weaken our product,” Natarajan said. She said Kestrel would stay.";
    let detector = CombinedDetector(vec![Box::new(CapitalisedNameDetector), Box::new(OneWordPersons(vec!["Natarajan", "Kestrel"]))]);
    let x = Extractor::new().with_detector(Box::new(detector)).extract(&doc("en", text, None));
    let names = actor_names(&x);
    assert!(!names.contains(&"Natarajan".to_string()) && !names.contains(&"Kestrel".to_string()), "{names:?}");
    let speaker = x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.clone());
    assert_eq!(speaker.as_deref(), Some("ner:priya-natarajan"));
}

#[test]
fn law_titles_are_not_actors() {
    let text = "The order was issued under the Investigatory Powers Act, the minister said on Tuesday.";
    let names = actor_names(&Extractor::new().extract(&doc("en", text, None)));
    assert!(names.iter().all(|n| !n.ends_with("Act")), "{names:?}");
}

#[test]
fn a_preposition_that_can_mean_according_to_reports_only_when_the_source_ends_the_clause() {
    let x = checked_by_model().extract(&doc("it", "In Italia, la Rete per i Diritti Digitali ha raccolto oltre 12.000 firme contro la proposta.", None));
    assert!(x.claims.iter().all(|c| c.cue.as_ref().is_none_or(|k| k.text != "per")), "{:#?}", x.claims);
    let x = Extractor::new().extract(&doc("it", "La proposta è pericolosa per il Garante della privacy.", None));
    assert!(x.claims.iter().all(|c| c.cue.as_ref().is_none_or(|k| k.text != "per")), "{:#?}", x.claims);
}

#[test]
fn organisation_names_keep_their_connectors_places_and_legal_forms() {
    let names = |lang: &str, text: &str| actor_names(&Extractor::new().extract(&doc(lang, text, None)));
    // "of" after an organisation word; a person "of" a place stays a person.
    let n = names("en", "Professor Alan Woodward, a cybersecurity expert at the University of Surrey, said the decision set a precedent.");
    assert!(n.contains(&"University of Surrey".to_string()) && n.contains(&"Alan Woodward".to_string()), "{n:?}");
    // A registry alias starting inside a description ("the department") wins.
    let x = Extractor::new().extract(&doc("en", "The Department of Home Affairs said last Wednesday that agencies had issued 27 requests.", None));
    assert_eq!(x.actors.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), vec!["australian-home-affairs"]);
    // An organisation word, a connector and a place the gazetteer knows.
    let n = names("es", "Marta Ibáñez, investigadora de la Universidad Politécnica de Madrid, dijo que la propuesta es peligrosa.");
    assert!(n.contains(&"Universidad Politécnica de Madrid".to_string()), "{n:?}");
    // German: the description before a name is not part of it; "e. V." is.
    let n = names("de", "Lena Hofmann, Geschäftsführerin der Berliner Firma Krypta GmbH, kritisierte die Empfehlung.");
    assert!(n.contains(&"Krypta GmbH".to_string()), "{n:?}");
    let n = names("de", "Der Leipziger Verein Netzbürger e. V. kritisierte den Entwurf scharf.");
    assert!(n.contains(&"Netzbürger e. V.".to_string()), "{n:?}");
    // A bare name after a description is an actor only when it acts.
    let n = names("de", "Meredith Whittaker schrieb auf der Plattform Mastodon, Deutschland zeige Mut.");
    assert!(!n.iter().any(|a| a.contains("Mastodon")), "{n:?}");
}

#[test]
fn an_unnamed_spokesperson_speaks_for_the_organisation_in_question() {
    let claimant = |lang: &str, text: &str| {
        let x = Extractor::new().extract(&doc(lang, text, None));
        x.claims.iter().map(|c| c.claimant.as_ref().and_then(|s| s.actor_id.clone())).collect::<Vec<_>>()
    };
    let ids = claimant("de", "Die EU-Kommission verteidigt ihren Entwurf. Ein Sprecher sagte, die Technologien seien zuverlässig und würden bereits eingesetzt.");
    assert_eq!(ids, vec![Some("european-commission".to_string())]);
    let ids = claimant("de", "Der Chaos Computer Club kritisiert das Gesetz. Damit blieben Millionen Geräte angreifbar, sagte ein Sprecher des Vereins.");
    assert_eq!(ids, vec![Some("chaos-computer-club".to_string())]);
    let ids = claimant("en", "Apple withdrew the feature after a British government order. A government spokesperson said that every request was subject to independent oversight.");
    assert_eq!(ids, vec![Some("uk-government".to_string())]);
}

#[test]
fn german_genitive_names_are_registry_names() {
    let x = Extractor::new().extract(&doc("de", "Laut einem Bericht des Handelsblatts fehlen der Präsidentschaft noch Stimmen. Ein Sprecher des Chaos Computer Clubs sagte, das sei falsch.", None));
    let ids: Vec<&str> = x.actors.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.contains(&"handelsblatt") && ids.contains(&"chaos-computer-club"), "{ids:?}");
    assert_eq!(x.claims[0].claimant.as_ref().and_then(|c| c.actor_id.as_deref()), Some("handelsblatt"));
}

#[test]
fn a_speech_verb_governs_a_short_partial_quote_and_a_long_subject_clause() {
    let text = "Tim Cook, the chief executive of the company that makes the iPhone, called the British order a \u{201c}dangerous precedent\u{201d} on Monday.";
    let x = Extractor::new().extract(&doc("en", text, Some("2025-02-24")));
    assert_eq!(x.quotes.len(), 1, "{:?}", x.quotes);
    assert_eq!(x.quotes[0].text, "dangerous precedent");
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.as_deref()), Some("tim-cook"));
}

#[test]
fn claims_are_found_clause_by_clause() {
    let text = "Apple said the order was unlawful; Meta argued that users would lose their privacy.";
    let x = Extractor::new().extract(&doc("en", text, None));
    let claims: Vec<(&str, Option<&str>)> = x.claims.iter().map(|c| (c.text.as_str(), c.claimant.as_ref().and_then(|s| s.actor_id.as_deref()))).collect();
    assert_eq!(claims, [("the order was unlawful", Some("apple")), ("users would lose their privacy", Some("meta"))]);
}

#[test]
fn a_sentence_dates_one_event_per_act_and_dated_statements_are_events() {
    let text = "Apple said on Friday that it had complied with an order issued in January 2025.";
    let x = Extractor::new().extract(&doc("en", text, Some("2025-02-21")));
    let dates: Vec<&str> = x.events.iter().map(|e| e.date.as_str()).collect();
    assert_eq!(dates, ["2025-02-21", "2025-01"]);
    assert!(x.events.iter().all(|e| e.actors == ["apple"]));
    assert_eq!(x.dates.len(), 2);
}

#[test]
fn an_infinitive_after_the_cue_is_what_was_said() {
    let text = "Apple a accusé le gouvernement britannique de vouloir affaiblir le chiffrement de ses utilisateurs.";
    let x = Extractor::new().extract(&doc("fr", text, None));
    let claims: Vec<&str> = x.claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(claims, ["vouloir affaiblir le chiffrement de ses utilisateurs"]);
}

#[test]
fn a_pro_drop_quote_goes_to_the_person_just_named_even_a_known_one() {
    let text = "Nancy Faeser hat lange gesprochen. Tim Cook ha parlato a lungo. «Non vogliamo indebolire la crittografia dei cittadini», ha aggiunto.";
    let x = Extractor::new().extract(&doc("it", text, None));
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.as_deref()), Some("tim-cook"));
    assert!(x.quotes[0].speaker.as_ref().and_then(|s| s.confidence).is_some_and(|c| c <= 0.5));
}

#[test]
fn a_middle_initial_stays_inside_the_name() {
    let x = Extractor::new().extract(&doc("de", "Der Richter Barrington D. Parker schrieb, dass es falsch sei.", None));
    let claimant = x.claims[0].claimant.as_ref().expect("a claimant");
    assert_eq!(claimant.text, "Barrington D. Parker");
}

#[test]
fn legal_references_are_listed_and_attached_to_statements() {
    let text = "The Home Office said it had issued the notice under section 253 of the Investigatory Powers Act 2016.";
    let x = Extractor::new().extract(&doc("en", text, None));
    assert_eq!(x.legal_refs[0].instrument_id.as_deref(), Some("ipa-2016"));
    assert_eq!(x.claims[0].instruments, vec!["ipa-2016"]);
}

fn speaker_text(s: Option<&dossier_core::SpeakerRef>) -> Option<&str> {
    s.map(|s| s.text.as_str())
}

#[test]
fn the_parse_finds_the_subject_past_a_prepositional_phrase() {
    let text = "Dr. Ellen Hart at Saint Mary Hospital said, \"We received a mass casualty alert this morning and we are ready.\"";
    let x = checked_by_model().extract(&doc("en", text, None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Ellen Hart"));
}

#[test]
fn a_source_that_names_no_actor_keeps_its_words() {
    let x = Extractor::new().extract(&doc("en", "A fire officer said wooden panels had blocked the corridors of the hotel.", None));
    let c = x.claims.first().expect("a claim");
    assert!(c.text.starts_with("wooden panels"), "{}", c.text);
    let who = c.claimant.as_ref().expect("a source");
    assert_eq!((who.text.as_str(), who.actor_id.as_deref()), ("A fire officer", None));
}

#[test]
fn personal_pronouns_agree_with_the_given_name() {
    let text = "Gloria Vanderbilt was married to Marlon Brando for a while. She would later say her union with Cooper was her only happy marriage.";
    let x = checked_by_model().extract(&doc("en", text, None));
    let who = x.claims.first().and_then(|c| c.claimant.as_ref()).expect("a claimant");
    assert_eq!(who.actor_id.as_deref(), Some("ner:gloria-vanderbilt"));
}

#[test]
fn a_given_name_makes_a_person_of_a_registry_word() {
    let x = Extractor::new().extract(&doc("fr", "François Hollande a promis « la réduction de la part du nucléaire dans la production d'électricité ».", None));
    let who = x.quotes.first().and_then(|q| q.speaker.as_ref()).expect("a speaker");
    assert_eq!((who.text.as_str(), who.actor_id.as_deref()), ("François Hollande", Some("ner:françois-hollande")));
}

#[test]
fn a_role_before_a_name_is_no_organisation_and_the_surname_links_back() {
    let text = "According to Connecticut Senator Richard Blumenthal, the airplane is one of eighteen still flying. Blumenthal said the board would begin an investigation.";
    let x = Extractor::new().extract(&doc("en", text, None));
    let ids: Vec<Option<&str>> = x.claims.iter().map(|c| c.claimant.as_ref().and_then(|s| s.actor_id.as_deref())).collect();
    assert_eq!(ids, vec![Some("ner:richard-blumenthal"); 2]);
}

#[test]
fn irish_names_keep_their_apostrophe() {
    let t = Text::new("Robert O'Brien and Michael O’Leary spoke.");
    let words: Vec<&str> = t.tokens.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(words, ["Robert", "O'Brien", "and", "Michael", "O'Leary", "spoke", "."]);
}

#[test]
fn a_quotation_in_a_sentence_naming_nobody_continues_the_last_speaker() {
    let text = "Barham Salih rief die Geberländer auf, mehr zu tun. Die grundlegenden Bedürfnisse „von der Elektrizität bis zum Wasser sind nicht befriedigt“.";
    let x = Extractor::new().extract(&doc("de", text, None));
    let q = x.quotes.iter().find(|q| q.text.starts_with("von der")).expect("the quotation");
    assert_eq!(speaker_text(q.speaker.as_ref()), Some("Barham Salih"));
}

#[test]
fn a_decade_or_a_plural_number_ends_a_sentence() {
    let t = Text::new("It does not list any 707s. The Aviation Herald lists one. Prices rose in the 1990s. Then they fell.");
    assert_eq!(t.sentences.len(), 4);
}

#[test]
fn a_report_whose_source_names_no_actor_is_still_a_claim() {
    let x = Extractor::new().extract(&doc("en", "Fars News said the crash involved pilot error. The entire crew were Iranians, the army said.", None));
    let found: Vec<(&str, Option<&str>)> = x.claims.iter().map(|c| (c.text.as_str(), speaker_text(c.claimant.as_ref()))).collect();
    assert_eq!(found, vec![("the crash involved pilot error", Some("Fars News")), ("The entire crew were Iranians", Some("the army"))]);
}

#[test]
fn a_partial_quotation_in_a_report_is_the_source_speaking() {
    let text = "The army said the plane was bringing meat from Bishkek \"to help the country's economy and the people who work in it.\"";
    let x = Extractor::new().extract(&doc("en", text, None));
    assert_eq!(x.quotes.len(), 1);
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("The army"));
}

#[test]
fn a_german_report_past_the_middle_field() {
    let text = "Anna Weber gab am Montag in einer Fernsehansprache bekannt, dass die Regierung das Gesetz zurückziehe.";
    let x = Extractor::new().extract(&doc("de", text, None));
    let c = x.claims.first().expect("a claim");
    assert_eq!(c.text, "die Regierung das Gesetz zurückziehe");
    assert_eq!(speaker_text(c.claimant.as_ref()), Some("Anna Weber"));
}

fn claims_with_sources(lang: &str, text: &str) -> Vec<(String, Option<String>)> {
    let x = checked_by_model().extract(&doc(lang, text, None));
    x.claims.iter().map(|c| (c.text.clone(), speaker_text(c.claimant.as_ref()).map(str::to_string))).collect()
}

#[test]
fn one_word_subjects_and_parsed_clauses_without_that_report() {
    let found = claims_with_sources("en", "The mayor was stabbed. Brudziński said that Adamowicz required resuscitation. TVN24 reported he received surgery.");
    assert_eq!(found[0], ("Adamowicz required resuscitation".to_string(), Some("Brudziński".to_string())));
    assert_eq!(found[1], ("he received surgery".to_string(), Some("TVN24".to_string())));
    // The speaking name is an actor, not just words.
    let x = checked_by_model().extract(&doc("en", "The mayor was stabbed. TVN24 reported he received surgery.", None));
    assert!(x.claims[0].claimant.as_ref().and_then(|c| c.actor_id.as_deref()).is_some_and(|id| id.contains("tvn24")), "{:?}", x.claims[0].claimant);
    // German puts anything before a verb-second cue.
    assert!(claims_with_sources("de", "Gestern sagte er nichts.").is_empty());
}

#[test]
fn content_before_a_described_source_and_unnamed_according_to_sources() {
    let found = claims_with_sources("en", "Gloria Vanderbilt died on Monday at the age of 95, her son Anderson Cooper announced.");
    assert_eq!(found, vec![("Gloria Vanderbilt died on Monday at the age of 95".to_string(), Some("Anderson Cooper".to_string()))]);
    let found = claims_with_sources("en", "The hotel burned. A judicial inquiry was ordered, according to police. One child was, according to the fire service, among the dead.");
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["A judicial inquiry was ordered", "One child was, according to the fire service, among the dead"]);
    // One word that is also a preposition names no source.
    assert!(claims_with_sources("it", "Marina Petrella è uscita dal carcere per motivi di salute.").is_empty());
}

#[test]
fn a_short_quote_with_its_cue_after_the_marks_is_a_quote_and_a_semicolon_ends_its_clause() {
    let x = Extractor::new().extract(&doc("de", "„Robert war phantastisch“, sagte Trump. „Wir kennen einander gut.“ O′Brien nannte das ein Privileg.", None));
    let quotes: Vec<(&str, Option<&str>)> = x.quotes.iter().map(|q| (q.text.as_str(), speaker_text(q.speaker.as_ref()))).collect();
    assert_eq!(quotes, [("Robert war phantastisch", Some("Trump")), ("Wir kennen einander gut.", Some("Trump"))]);
    let x = checked_by_model().extract(&doc("en", "Joachim Brudziński said the mayor was in a \"very serious\" condition; TVN24 reported he received surgery.", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Joachim Brudziński"));
    // A quoted name and a participle after the marks are no attribution.
    let x = Extractor::new().extract(&doc("fr", "Il s'agit d'un simple « utilisateur fantôme » ajouté aux conversations.", None));
    assert!(x.quotes.is_empty(), "{:?}", x.quotes);
}

#[test]
fn an_attribution_between_dashes_cuts_a_quotation_in_two() {
    let text = "Il magistrato Aldo Aceto ha attaccato il parco. «All'ingresso non mi è stato fornito nessun opuscolo - dichiara Aceto -. L'ho preso alla fine della giornata».";
    let x = checked_by_model().extract(&doc("it", text, None));
    let quotes: Vec<(&str, Option<&str>)> = x.quotes.iter().map(|q| (q.text.as_str(), speaker_text(q.speaker.as_ref()))).collect();
    assert_eq!(quotes, [("All'ingresso non mi è stato fornito nessun opuscolo", Some("Aceto")), ("L'ho preso alla fine della giornata", Some("Aceto"))]);
}

#[test]
fn a_gerund_speaks_for_the_clause_subject_and_an_unnamed_source_carries_over() {
    let x = checked_by_model().extract(&doc("en", "Senator Ron Wyden criticised the Justice Department on Monday, saying \"this is a dangerous backdoor that will hurt everyone\".", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Ron Wyden"));
    let text = "«Nadie quiere romper el cifrado», explicó un alto cargo del ministerio. «Queremos que, con una orden judicial, los investigadores puedan leer los mensajes de un sospechoso concreto.»";
    let x = Extractor::new().extract(&doc("es", text, None));
    let speakers: Vec<Option<&str>> = x.quotes.iter().map(|q| speaker_text(q.speaker.as_ref())).collect();
    assert_eq!(speakers, [Some("un alto cargo del ministerio"), Some("un alto cargo del ministerio")]);
}

#[test]
fn italian_infinitives_right_after_the_cue_and_truncated() {
    let found = claims_with_sources("it", "Floyd Mayweather ha battuto Canelo. Mayweather ha dichiarato di essersi limitato ad applicare i consigli del suo angolo.");
    assert_eq!(found[0].0, "essersi limitato ad applicare i consigli del suo angolo");
    let found = claims_with_sources("it", "Arsen Avakov, ministro dell'Interno dell'Ucraina, ha accusato il governo russo di aver invaso e occupato la Repubblica autonoma.");
    assert_eq!(found, vec![("aver invaso e occupato la Repubblica autonoma".to_string(), Some("Arsen Avakov".to_string()))]);
}

#[test]
fn a_speaker_whose_cue_reported_no_clause_goes_on_in_the_reportative_mood() {
    let text = "Alexander Acosta hatte auf eine dünne Beweislage verwiesen. Die Verurteilung zu 13 Monaten habe immerhin bewirkt, dass Epstein eingetragen worden sei.";
    let found = claims_with_sources("de", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.starts_with("Die Verurteilung"), "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Alexander Acosta"));
}

#[test]
fn an_english_passive_report_is_a_claim_with_no_source() {
    let found = claims_with_sources("en", "The attacker is reported to have jumped on stage during the concert. A protester, whose eye was said to have been injured by police, spoke.");
    assert_eq!(
        found,
        vec![("The attacker is reported to have jumped on stage during the concert".to_string(), None), ("whose eye was said to have been injured by police".to_string(), None)]
    );
}

/// On every real-news text of the dev split: each speaker's actor is in the
/// actor list, and every span slices to its text.
#[test]
fn speakers_are_listed_actors_and_spans_slice_on_real_news() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpora/gold-real/dev");
    let extractor = checked_by_model();
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpora/gold-real/dev").filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 50, "{}", files.len());
    for path in files {
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("gold file")).expect("gold JSON");
        let (text, lang) = (gold["doc"]["text"].as_str().unwrap_or(""), gold["doc"]["language"].as_str().unwrap_or("en"));
        let x = extractor.extract(&doc(lang, text, gold["doc"]["published"].as_str()));
        let ids: Vec<&str> = x.actors.iter().map(|a| a.id.as_str()).collect();
        let speakers = x.quotes.iter().filter_map(|q| q.speaker.as_ref()).chain(x.claims.iter().filter_map(|c| c.claimant.as_ref()));
        for s in speakers {
            if let Some(id) = &s.actor_id {
                assert!(ids.contains(&id.as_str()), "{}: speaker {id} is not among the actors {ids:?}", path.display());
            }
            assert_eq!(dossier_core::char_slice(text, s.start, s.end), Some(s.text.as_str()), "{}", path.display());
        }
        for q in &x.quotes {
            assert_eq!(dossier_core::char_slice(text, q.start, q.end), Some(q.text.as_str()), "{}", path.display());
        }
        for c in &x.claims {
            assert_eq!(dossier_core::char_slice(text, c.start, c.end), Some(c.text.as_str()), "{}", path.display());
        }
    }
}

#[test]
fn a_description_names_the_actor_it_first_stood_beside() {
    let speakers = |lang: &str, text: &str| {
        let x = Extractor::new().extract(&doc(lang, text, None));
        x.quotes.iter().map(|q| q.speaker.as_ref().and_then(|s| s.actor_id.clone())).collect::<Vec<_>>()
    };
    // The association is named beside "l'association"; another one comes between.
    let ids = speakers("fr", "Selon l'association de défense des libertés, La Quadrature du Net, le texte est dangereux. L'Electronic Frontier Foundation a aussi critiqué le texte. « Ce texte ouvre la voie à la surveillance de masse », a précisé l'association.");
    assert_eq!(ids, vec![Some("la-quadrature-du-net".to_string())]);
    // "ein Sprecher" is somebody new, not the spokesman named before.
    let ids = speakers("de", "Der Sprecher der Landesgruppe, Eckhardt Rehberg, war in Berlin. Die Staatsanwaltschaft ermittelt. „Wir warten ab“, sagte ein Sprecher.");
    assert_ne!(ids, vec![Some("ner:eckhardt-rehberg".to_string())]);
}

#[test]
fn german_reports_past_an_adverb_a_multiword_verb_and_an_object() {
    let claims = |text: &str| Extractor::new().extract(&doc("de", text, None)).claims.into_iter().map(|c| c.text).collect::<Vec<_>>();
    assert_eq!(claims("Der Kommandeur, Generalleutnant Joseph Guastella, sagte hingegen, der Abschussort befinde sich vor der Küste."), ["der Abschussort befinde sich vor der Küste"]);
    assert_eq!(claims("Die New York Post hat herausgefunden, dass Epstein die Auflagen nicht erfüllt hat."), ["Epstein die Auflagen nicht erfüllt hat"]);
    assert_eq!(claims("Die Staatsanwaltschaft beschuldigt den Milliardär, einen Ring unterhalten zu haben."), ["einen Ring unterhalten zu haben"]);
    // A purpose clause says nothing.
    assert!(claims("Einige Passanten blieben stehen, um Kerzen anzuzünden.").is_empty());
}

#[test]
fn an_infinitive_after_an_elided_marker_or_with_an_unknown_subject_is_reported() {
    let claims = |lang: &str, text: &str| Extractor::new().extract(&doc(lang, text, None)).claims.into_iter().map(|c| c.text).collect::<Vec<_>>();
    assert_eq!(claims("fr", "François Hollande a promis d'engager la réduction du nucléaire."), ["engager la réduction du nucléaire"]);
    assert_eq!(claims("fr", "Le groupe Ansar Eddine a menacé le week-end dernier de s'en prendre aux mosquées de la ville."), ["s'en prendre aux mosquées de la ville"]);
    assert_eq!(claims("it", "Il papa ha quindi chiesto ai fedeli di pregare per il papa emerito."), ["pregare per il papa emerito"]);
}

#[test]
fn the_medium_a_statement_appears_on_is_not_its_speaker() {
    let x = Extractor::new().extract(&doc("de", "Die frühere Ministerpräsidentin Helle Thorning-Schmidt schrieb auf Twitter: „Soll das ein Witz sein? Zutiefst beleidigend für die Menschen in Grönland.“", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Helle Thorning-Schmidt"));
    let x = Extractor::new().extract(&doc("de", "Auf Twitter hatte der amerikanische Präsident mitgeteilt, das Desinteresse der Regierung habe ihn bewogen, das Treffen zu verschieben.", None));
    assert!(x.claims.iter().all(|c| c.claimant.as_ref().is_none_or(|s| s.actor_id.as_deref() != Some("x-corp"))));
}

#[test]
fn a_role_compound_before_a_name_leaves_the_speech_to_the_person() {
    let x = Extractor::new().extract(&doc("de", "Ein Tabu dürfe das nicht sein. CSU-Chef Edmund Stoiber sagte: „Die zusätzliche Mehrwertsteuer müssen wir für die Absenkung des Benzinpreises einsetzen.“", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Edmund Stoiber"));
}

#[test]
fn a_place_ending_an_organisation_name_is_part_of_it() {
    let x = Extractor::new().extract(&doc("en", "On Friday, researchers at Imperial College London said that the number of people infected may exceed 1000.", None));
    assert_eq!(x.claims[0].claimant.as_ref().and_then(|s| s.actor_id.clone()).as_deref(), Some("ner:imperial-college-london"));
}

#[test]
fn a_surname_inside_another_name_is_no_mention_of_that_person() {
    let x = Extractor::new().extract(&doc("en", "Wong Kong, a trader, spoke to reporters. Hong Kong elections are quiet. Chinese University political scientist Ma Ngok said the turnout was high. He noted, \"The government has always claimed public support, and now it has lost it.\"", None));
    assert!(x.actors.iter().all(|a| a.mentions.iter().all(|m| m.text != "Kong")));
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.clone()).as_deref(), Some("ner:ma-ngok"));
}

#[test]
fn a_later_cue_reports_a_clause_and_a_reportative_adverb_marks_a_report() {
    let claims = |text: &str| Extractor::new().extract(&doc("en", text, None)).claims.into_iter().map(|c| c.text).collect::<Vec<_>>();
    assert_eq!(claims("\"The government lowered the growth forecast to one percent\", she said, noting it was the worst year since 2009."), ["it was the worst year since 2009"]);
    assert_eq!(claims("The council was adjourned. This was reportedly the first such occurrence."), ["This was reportedly the first such occurrence"]);
    assert_eq!(claims("The first attack reportedly was in Al Noor Mosque at about 13:40."), ["The first attack reportedly was in Al Noor Mosque at about 13:40"]);
    // A report without "that" past an adjunct: the clause opens where its verb follows.
    assert_eq!(claims("Prime Minister Jacinda Ardern said at a press conference yesterday morning the gun laws should be changed."), ["the gun laws should be changed"]);
    // On a participle the adverb reports nothing of its own.
    assert!(claims("Dozens died in the attack, reportedly conducted by the rebels.").is_empty());
}

#[test]
fn pronouns_of_several_words_refer_back() {
    let x = Extractor::new().extract(&doc("it", "Dario Fo e la consorte Franca Rame hanno fatto ingresso in piazza. Quest'ultima ha parlato per prima, sostenendo che l'ex giudice è «l'unico uomo politico italiano coraggioso».", None));
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.clone()).as_deref(), Some("ner:franca-rame"));
}

#[test]
fn as_before_a_cue_puts_its_subject_after_it() {
    let x = Extractor::new().extract(&doc("fr", "L'ONG a demandé une résolution devant la Cour pénale internationale, bien que, comme le rappelle HRW, « la Russie et la Chine ont précédemment bloqué les efforts du Conseil de sécurité ».", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("HRW"));
    // A quotation's own words are not the source the cue after it names.
    let x = Extractor::new().extract(&doc("fr", "Le film est sorti hier. « Les niveaux étaient substantiels, ce qui montre une quantité anormale de polonium », ajoute le documentaire.", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("le documentaire"));
}

#[test]
fn the_words_of_a_speaker_attribute_a_quotation() {
    let x = Extractor::new().extract(&doc("it", "Usa: intera nazione in lutto per la strage di Newtown. \"Evitare altre tragedie come questa\", sono le parole del presidente Barack Obama, che oggi si recherà a Newtown.", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Barack Obama"));
    assert!(x.claims.is_empty());
}

#[test]
fn a_noun_announcing_the_quotation_leaves_it_to_the_clause_subject() {
    let x = Extractor::new().extract(&doc("it", "Alle 22:35 c'è stato il ritorno sul palco di Adriano Celentano, che ha esordito con la frase \"Quando sono qui, mi si secca sempre la voce. Come mai?\".", None));
    assert_eq!(speaker_text(x.quotes[0].speaker.as_ref()), Some("Adriano Celentano"));
}

#[test]
fn a_question_or_exclamation_closing_its_sentence_is_attributed_by_the_next_one() {
    let ex = Extractor::new();
    let speaker = |text: &str| ex.extract(&doc("en", text, None)).quotes.first().and_then(|q| q.speaker.clone()).map(|s| s.text);
    assert_eq!(speaker("The meeting ended. \"Is it really over now, after all these years of work?\" John Smith asked.").as_deref(), Some("John Smith"));
    assert_eq!(speaker("French President Emmanuel Macron spoke. \"Our house is burning. Literally. Let us act now!\" Macron told the world.").as_deref(), Some("Macron"));
    // After a full stop, or when the next sentence quotes words of its own, it says something else.
    let x = ex.extract(&doc("de", "„Robert war phantastisch“, sagte Trump. „Wir kennen einander gut!“ O′Brien nannte seine Ernennung ein „Privileg“.", None));
    let second = x.quotes.iter().find(|q| q.text.starts_with("Wir kennen")).expect("the second quotation");
    assert_ne!(second.speaker.as_ref().map(|s| s.text.as_str()), Some("O′Brien"));
}

#[test]
fn an_inverted_pronoun_is_its_own_mention() {
    let text = "Arnaud Montebourg parle. « Nous allons continuer à investir dans le nucléaire » affirme-t-il.";
    let x = Extractor::new().extract(&doc("fr", text, None));
    let speaker = x.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.text, "il");
    assert_spans_slice(text, &x);
}

#[test]
fn the_subject_of_a_quotation_is_not_an_object_or_a_reported_subject() {
    let speakers = |lang: &str, text: &str| {
        let x = Extractor::new().extract(&doc(lang, text, None));
        x.quotes.iter().map(|q| speaker_text(q.speaker.as_ref()).map(str::to_string)).collect::<Vec<_>>()
    };
    // "» et a menacé les auteurs": a second predicate of the subject before the marks.
    let s = speakers("fr", "Le gouvernement malien a dénoncé « la furie destructrice assimilable à des crimes de guerre » et a menacé les auteurs de poursuites.");
    assert_eq!(s, [Some("Le gouvernement malien".to_string())]);
    // "and claimed": the coordinated cue shares the subject of the clause before.
    let s = speakers("en", "William Mohr lauded Blankenship's \"ability to influence leaders around him\" and claimed the nominee would win.");
    assert_eq!(s, [Some("William Mohr".to_string())]);
    // "avant de poursuivre « B »": B is the first quotation's speaker's too.
    let s = speakers("fr", "« C'est la grande bourgeoisie qui s'exprime », lui avait dit Christian Jacob, président du groupe UMP à l'Assemblée nationale, avant de poursuivre « Vous êtes une héritière, qui vivez dans votre château ».");
    assert_eq!(s, [Some("Christian Jacob".to_string()), Some("Christian Jacob".to_string())]);
    // "aggiungendo che Kim «…»": Kim is what the clause is about, not who reports it.
    let s = speakers("it", "Kim Jong-nam era all'aeroporto. «Sembra che qualcuno lo abbia afferrato» ha spiegato un poliziotto aggiungendo che Kim «si è sentito stordito e ha chiesto aiuto al desk»." );
    assert_ne!(s.last().cloned().flatten().as_deref(), Some("Kim"));
}

#[test]
fn a_title_glued_to_a_surname_is_the_person_and_her_pronoun_follows() {
    let x = Extractor::new().extract(&doc("en", "According to New Zealand Prime Minister Jacinda Ardern, Brenton had a licence. The authorities seized these firearms. Prime Minister Ardern said at a press conference the gun laws should be changed. She said, \"I have instructed officials to report to Cabinet on gun laws\".", None));
    assert!(!actor_names(&x).iter().any(|n| n.starts_with("Prime Minister")), "{:?}", actor_names(&x));
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.as_deref()), Some("ner:jacinda-ardern"));
    // The institution a title names is no part of the name after it.
    let x = Extractor::new().extract(&doc("it", "Il presidente del Consiglio Enrico Letta, in trasferta ad Atene, ha detto «È un giorno molto triste» ed ha annullato la visita.", None));
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.as_deref()), Some("ner:enrico-letta"));
}

#[test]
fn a_new_clause_after_a_quotation_a_passive_agent_and_an_inner_quotation_closing_a_sentence() {
    let speakers = |lang: &str, text: &str| {
        let x = Extractor::new().extract(&doc(lang, text, None));
        x.quotes.iter().map(|q| speaker_text(q.speaker.as_ref()).map(str::to_string)).collect::<Vec<_>>()
    };
    // "…,” while Trump noted": a clause of its own, its own speaker.
    let s = speakers("en", "Democrat Chuck Schumer, the Senate minority leader, told MSNBC Cummings \"was a great man,\" while Republican President Donald Trump noted his \"strength, passion and wisdom\" on Twitter.");
    assert_eq!(s.first().cloned().flatten().as_deref(), Some("Chuck Schumer"));
    // The passive names its agent.
    let s = speakers("de", "Sajid Javid hatte weitere Milliarden angekündigt. Dieser Schritt wurde von der oppositionellen Labour Party als „abstoßende Verschwendung von Steuergeldern“ bezeichnet.");
    assert_eq!(s, [Some("Labour Party".to_string())]);
    // „… aus!‘“ closes its sentence though an inner quotation closes first.
    let s = speakers("de", "Jane Dodds erklärte: „Ich sage ihm: ‚Hör auf damit!‘“ Parteifreund Ed Davey erklärte in der Zeitung „The Guardian“: „Für uns ist das ein entscheidender Moment.“");
    assert_eq!(s.first().cloned().flatten().as_deref(), Some("Jane Dodds"));
}

#[test]
fn a_bracketed_acronym_restores_the_name_it_stands_for() {
    let x = Extractor::new().extract(&doc("en", "Yesterday the public utility Pacific Gas and Electric Company (PG&E) began turning off electricity. PG&E said the blackouts were needed. Mike Ryan of the World Health Organization (WHO) said the drugs helped. WHO said the outbreak goes on.", None));
    let names = actor_names(&x);
    assert!(names.contains(&"Pacific Gas and Electric Company".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n == "PG&E" || n == "Pacific Gas" || n == "WHO"), "{names:?}");
    let claimants: Vec<Option<&str>> = x.claims.iter().map(|c| c.claimant.as_ref().and_then(|s| s.actor_id.as_deref())).collect();
    assert!(claimants.contains(&Some("who")), "{claimants:?}");
}

#[test]
fn a_partial_quotation_after_speaking_of_and_no_speaker_from_inside_a_quotation() {
    let x = Extractor::new().extract(&doc("it", "Il presidente della Repubblica Giorgio Napolitano ha parlato di «sciagura inaccettabile», auspicando maggiore sicurezza stradale.", None));
    assert_eq!(x.quotes.iter().map(|q| speaker_text(q.speaker.as_ref())).collect::<Vec<_>>(), [Some("Giorgio Napolitano")]);
    // The name in the first quotation is quoted; nobody the text names says the second.
    let x = Extractor::new().extract(&doc("it", "«Da un punto di vista teologico, mi fa capire che Dio è Infinita Potenza e che noi siamo solo una piccola parte dell'Universo. Ma perché me lo chiedete?» Holmes rimane in silenzio e poi esclama: «Watson, siete un idiota! Qualcuno ci ha rubato la tenda!»", None));
    assert!(x.quotes.iter().all(|q| speaker_text(q.speaker.as_ref()) != Some("Infinita Potenza")), "{:?}", x.quotes);
}

#[test]
fn a_description_by_title_is_the_person_that_title_named() {
    let x = checked_by_model().extract(&doc("it", "Il giudice John Paul Stevens ha espresso un'opinione di dissenso; il giudice chiede infatti se «la domanda di questo processo è l'effettivo riconoscimento delle armi».", None));
    assert_eq!(x.quotes[0].speaker.as_ref().and_then(|s| s.actor_id.as_deref()), Some("ner:john-paul-stevens"));
}

#[test]
fn a_gerund_clause_ends_a_claim_and_is_no_attribution_of_the_quotation_before() {
    let claims = |lang: &str, text: &str| Extractor::new().extract(&doc(lang, text, None)).claims.into_iter().map(|c| c.text).collect::<Vec<_>>();
    // "per il papa emerito" is no source ("per" means "for" here), and the gerund clause is the pope's act.
    assert_eq!(claims("it", "Il papa ha quindi chiesto ai fedeli di pregare per il papa emerito Benedetto XVI, recitando con la folla le preghiere del Padre nostro."), ["pregare per il papa emerito Benedetto XVI"]);
    // Set off by commas, "per" is "according to".
    let x = Extractor::new().extract(&doc("it", "Montezemolo ha criticato la Finanziaria. «Sono riemerse», per il presidente degli industriali, «vecchie locuzioni classiste che dividono il Paese».", None));
    assert!(x.quotes.iter().all(|q| speaker_text(q.speaker.as_ref()) == Some("il presidente degli industriali")), "{:?}", x.quotes);
    let x = Extractor::new().extract(&doc("fr", "Le quotidien français Le Figaro annonce mardi que le journaliste Gilles Jacquier aurait été tué par « un tir d'obus lancé par les rebelles de Homs, qui visaient un quartier où se trouvait » le grand reporter, en évoquant une « source proche du dossier au ministère de la Défense à Paris ».", None));
    let ids: Vec<Option<&str>> = x.quotes.iter().map(|q| q.speaker.as_ref().and_then(|s| s.actor_id.as_deref())).collect();
    assert_eq!(ids, [Some("le-figaro"), Some("le-figaro")]);
}
