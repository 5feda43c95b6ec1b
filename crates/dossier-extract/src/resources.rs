//! Language resources as data: the actor registry, cue verbs, descriptions,
//! topic and stance lexicons and date words, read from TOML.
//!
//! The files under `corpora/actors` and `corpora/lexicons` are embedded at
//! build time as defaults; users add actors with [`Resources::add_actors_toml`]
//! (`--actors FILE`) without recompiling.

use dossier_core::ActorKind;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// A resource file that could not be read, naming it.
#[derive(Debug, thiserror::Error)]
#[error("resource {name}: {reason}")]
pub struct ResourceError {
    pub name: String,
    pub reason: String,
}

/// One actor of the registry.
#[derive(Debug, Clone, Deserialize)]
pub struct ActorEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub wikidata: Option<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub gender: Option<String>,
    /// Names that always denote the actor (case-sensitive).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Country or capital names that denote the actor only when it acts.
    #[serde(default)]
    pub place_aliases: Vec<String>,
    /// Descriptions per language that always denote the actor (matched case-insensitively).
    #[serde(default)]
    pub descriptions: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<ActorEntry>,
}

/// A generic description ("l'entreprise", "the ministry") that refers back to
/// the most recent actor of one of `kind`.
#[derive(Debug, Clone, Deserialize)]
pub struct DescriptionEntry {
    pub kind: Vec<ActorKind>,
    #[serde(flatten)]
    pub forms: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct DescriptionFile {
    #[serde(default)]
    description: Vec<DescriptionEntry>,
    #[serde(default)]
    pronouns: BTreeMap<String, BTreeMap<String, String>>,
}

/// Whether a cue reports speech, a media report, or a belief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    Speech,
    Report,
    Belief,
}

#[derive(Debug, Clone, Deserialize)]
struct VerbEntry {
    forms: Vec<String>,
    kind: CueKind,
}

/// Cue words of one language.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct CueLexicon {
    #[serde(default)]
    pub according_to: Vec<String>,
    #[serde(default)]
    pub that_complementizers: Vec<String>,
    #[serde(default)]
    pub negations: Vec<String>,
    #[serde(default)]
    pub reportative_markers: Vec<String>,
    #[serde(default)]
    pub conditional_suffixes: Vec<String>,
    #[serde(default)]
    pub separable_particles: Vec<String>,
    /// Auxiliaries and modal verbs that follow a subject ("a", "has", "hat").
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Indefinite articles: a description opening with one ("ein Sprecher")
    /// is someone new, not the one a like description named before.
    #[serde(default)]
    pub indefinite_articles: Vec<String>,
    /// Nouns of a person who speaks for an organisation ("Sprecherin"): one
    /// followed by an organisation ("der Staatsanwaltschaft") is that organisation speaking.
    #[serde(default)]
    pub spokesperson_nouns: Vec<String>,
    /// Prepositions that make the name after them the medium or place of a
    /// statement ("schrieb auf Twitter", "said on CNN"): never its speaker.
    #[serde(default)]
    pub oblique_prepositions: Vec<String>,
    /// Adverbs that make their clause a report whose source goes unnamed
    /// ("reportedly", "angeblich").
    #[serde(default)]
    pub reportative_adverbs: Vec<String>,
    /// "As" before a cue, whose subject then follows it ("comme le rappelle
    /// HRW", "as Smith noted").
    #[serde(default)]
    pub as_words: Vec<String>,
    /// Nouns that announce the quotation right after them ("con la frase
    /// «…»", "with these words: “…”"): the clause's subject speaks.
    #[serde(default)]
    pub quotation_nouns: Vec<String>,
    /// Prepositions that make a country name a place ("au", "in", "nach").
    #[serde(default)]
    pub locatives: Vec<String>,
    /// Titles and roles that introduce a person's name ("M.", "Prof", "ministre").
    #[serde(default)]
    pub person_titles: Vec<String>,
    /// Sentence-initial connectives dropped from a continued claim ("Aussi", "However").
    #[serde(default)]
    pub connectives: Vec<String>,
    /// Words allowed between a cue verb and the reported content ("récemment", "also").
    #[serde(default)]
    pub adverbs: Vec<String>,
    /// Words that introduce an infinitive complement of a cue verb ("de",
    /// "di"): "a accusé Rajoy de purger …" reports "purger …".
    #[serde(default)]
    pub infinitive_markers: Vec<String>,
    /// Conjunctions that open a new clause able to report on its own ("while",
    /// "tandis", "mientras"): claims are looked for clause by clause.
    #[serde(default)]
    pub clause_breaks: Vec<String>,
    /// Conjunctions that join a second predicate to a clause ("et", "and",
    /// "und"): "« … » et a menacé les auteurs" goes on with the subject before
    /// the quotation; what follows the verb is no speaker.
    #[serde(default)]
    pub coordinators: Vec<String>,
    /// Words before an infinitive or gerund cue that goes on from an earlier
    /// statement ("avant de poursuivre", "before adding"): the same speaker.
    #[serde(default)]
    pub continuations: Vec<String>,
    /// The preposition that names the agent of a passive ("by", "von",
    /// "par", "da", "por") and the auxiliaries of the passive: "wurde von der
    /// Labour Party als „…“ bezeichnet" is the Labour Party's word.
    #[serde(default)]
    pub passive_agents: Vec<String>,
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// "According to" words that mean it only set off by a comma or a
    /// quotation mark before them: Italian "«…», per il presidente, «…»",
    /// not "pregare per il papa".
    #[serde(default)]
    pub according_to_after_comma: Vec<String>,
    /// Endings of a gerund cue after a comma ("…, saying", "…, dicendo"): it
    /// speaks for the clause's subject.
    #[serde(default)]
    pub gerund_suffixes: Vec<String>,
    /// A word that must stand before such a gerund ("en affirmant").
    #[serde(default)]
    pub gerund_marker: Option<String>,
    /// Endings of a bare participle right after quotation marks, which
    /// describes the quoted words rather than attributing them ("un «
    /// utilisateur fantôme » ajouté aux conversations").
    #[serde(default)]
    pub participle_suffixes: Vec<String>,
    /// Infinitives written without their final vowel ("aver invaso").
    #[serde(default)]
    pub truncated_infinitives: Vec<String>,
    /// A passive report with no source: an auxiliary, one of these verbs, and
    /// `passive_report_marker` ("is reported to have", "was said to").
    #[serde(default)]
    pub passive_report_verbs: Vec<String>,
    #[serde(default)]
    pub passive_report_auxiliaries: Vec<String>,
    #[serde(default)]
    pub passive_report_marker: Option<String>,
    #[serde(default)]
    verb: Vec<VerbEntry>,
    /// Lower-cased verb form (possibly several words) → kind.
    #[serde(skip)]
    pub verb_forms: HashMap<String, CueKind>,
    /// `according_to` phrases as token words, computed once at load.
    #[serde(skip)]
    pub according_words: Vec<Vec<String>>,
}

/// A policy topic with its terms per language.
#[derive(Debug, Clone, Deserialize)]
pub struct Topic {
    pub id: String,
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default)]
    pub terms: BTreeMap<String, Vec<String>>,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Deserialize)]
struct TopicFile {
    #[serde(default)]
    topic: Vec<Topic>,
}

#[derive(Debug, Clone, Deserialize, Default)]
struct StanceTerms {
    #[serde(default)]
    terms: Vec<String>,
}

#[derive(Debug, Deserialize, Default)]
struct StanceFile {
    #[serde(default)]
    against: BTreeMap<String, StanceTerms>,
    #[serde(default, rename = "for")]
    for_: BTreeMap<String, StanceTerms>,
}

/// Date words of one language.
#[derive(Debug, Clone, Deserialize, Default)]
pub struct DateLexicon {
    #[serde(default)]
    pub months: Vec<Vec<String>>,
    #[serde(default)]
    pub weekdays: Vec<Vec<String>>,
    #[serde(default)]
    pub yesterday: Vec<String>,
    #[serde(default)]
    pub today: Vec<String>,
    #[serde(default)]
    pub tomorrow: Vec<String>,
    #[serde(default)]
    pub day_before_yesterday: Vec<String>,
    #[serde(default)]
    pub last: Vec<String>,
    #[serde(default)]
    pub next: Vec<String>,
    #[serde(default)]
    pub this: Vec<String>,
    /// Words that put a sentence in the future ("will", "doit", "wird"):
    /// weekdays and bare months then resolve forward.
    #[serde(default)]
    pub future_markers: Vec<String>,
    #[serde(default)]
    pub ago: Vec<String>,
    #[serde(default)]
    pub ago_position: Option<String>,
    #[serde(default)]
    pub early: Vec<String>,
    #[serde(default)]
    pub mid: Vec<String>,
    #[serde(default)]
    pub late: Vec<String>,
    #[serde(default)]
    pub year_prefixes: Vec<String>,
    #[serde(default)]
    pub earlier_this: Vec<String>,
    /// Parts of the day a weekday takes as a suffix ("Samstagabend").
    #[serde(default)]
    pub weekday_part_suffixes: Vec<String>,
    #[serde(default)]
    pub units: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub number_words: BTreeMap<String, u32>,
    /// Every phrase of the lists above as token words, computed once at load
    /// (matching runs at every token of every document).
    #[serde(skip)]
    pub phrase_words: HashMap<String, Vec<String>>,
    /// The first word of every phrase: most tokens start none, and one
    /// lookup says so.
    #[serde(skip)]
    pub phrase_first_words: std::collections::HashSet<String>,
}

impl DateLexicon {
    fn prepare(&mut self) {
        let lists = [
            &self.yesterday, &self.today, &self.tomorrow, &self.day_before_yesterday, &self.ago, &self.early, &self.mid,
            &self.late, &self.earlier_this,
        ];
        let phrases: Vec<String> = lists.iter().flat_map(|l| l.iter().cloned()).collect();
        for p in phrases {
            let words = crate::words_of(&p);
            self.phrase_first_words.extend(words.first().cloned());
            self.phrase_words.insert(p, words);
        }
    }
}

/// All language resources the extractor uses.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    pub actors: Vec<ActorEntry>,
    pub descriptions: Vec<DescriptionEntry>,
    /// Language → pronoun (lower-case) → gender (`m`, `f`, `n`, `pl`).
    pub pronouns: BTreeMap<String, BTreeMap<String, String>>,
    pub cues: BTreeMap<String, CueLexicon>,
    pub topics: Vec<Topic>,
    /// Language → (against terms, for terms), lower-case.
    pub stance: BTreeMap<String, (Vec<String>, Vec<String>)>,
    pub dates: BTreeMap<String, DateLexicon>,
    /// Given name → the gender it usually marks (`m`, `f`), from
    /// `lexicons/first-names.tsv`: a weak default for pronoun agreement.
    pub first_names: std::collections::HashMap<String, String>,
}

macro_rules! corpus_file {
    ($path:literal) => {
        ($path, include_str!(concat!("../../../corpora/", $path)))
    };
}

const ACTOR_FILES: &[(&str, &str)] = &[
    corpus_file!("actors/governments.toml"),
    corpus_file!("actors/agencies.toml"),
    corpus_file!("actors/companies.toml"),
    corpus_file!("actors/ngos.toml"),
    corpus_file!("actors/courts_regulators.toml"),
    corpus_file!("actors/media.toml"),
    corpus_file!("actors/international.toml"),
    corpus_file!("actors/people.toml"),
    corpus_file!("actors/parties.toml"),
    corpus_file!("actors/ministries.toml"),
    corpus_file!("actors/governments_more.toml"),
];
const DESCRIPTIONS: (&str, &str) = corpus_file!("lexicons/descriptions.toml");
const CUE_FILES: &[(&str, &str)] = &[
    corpus_file!("lexicons/cues/fr.toml"),
    corpus_file!("lexicons/cues/en.toml"),
    corpus_file!("lexicons/cues/de.toml"),
    corpus_file!("lexicons/cues/es.toml"),
    corpus_file!("lexicons/cues/it.toml"),
];
const DATE_FILES: &[(&str, &str)] = &[
    corpus_file!("lexicons/dates/fr.toml"),
    corpus_file!("lexicons/dates/en.toml"),
    corpus_file!("lexicons/dates/de.toml"),
    corpus_file!("lexicons/dates/es.toml"),
    corpus_file!("lexicons/dates/it.toml"),
];
const TOPIC_FILES: &[(&str, &str)] = &[corpus_file!("lexicons/topics/encryption.toml")];
const STANCE: (&str, &str) = corpus_file!("lexicons/stance.toml");
const FIRST_NAMES: (&str, &str) = corpus_file!("lexicons/first-names.tsv");

/// `Name<TAB>m|f` lines; `#` comments and blank lines are skipped.
fn parse_first_names(name: &str, text: &str) -> Result<std::collections::HashMap<String, String>, ResourceError> {
    let mut out = std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some((given, g @ ("m" | "f"))) => {
                out.insert(given.to_string(), g.to_string());
            }
            _ => return Err(ResourceError { name: name.to_string(), reason: format!("line {}: expected `Name<TAB>m` or `Name<TAB>f`, found {line:?}", n + 1) }),
        }
    }
    Ok(out)
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, ResourceError> {
    toml::from_str(text).map_err(|e| ResourceError { name: name.to_string(), reason: e.to_string() })
}

/// `lexicons/cues/fr.toml` → `fr`.
fn language_of(name: &str) -> String {
    name.rsplit('/').next().unwrap_or(name).trim_end_matches(".toml").to_string()
}

impl Resources {
    /// The resources embedded from `corpora/` at build time.
    pub fn embedded() -> Result<Resources, ResourceError> {
        Resources::load(|_, text| Ok(text.to_string()))
    }

    /// Resources read from a folder laid out like `corpora/` (`actors/*.toml`,
    /// `lexicons/…`), so that cue verbs, date words, descriptions, stance and
    /// topic lexicons can be changed without recompiling. Files missing from
    /// the folder fall back to the embedded ones; actor files found in
    /// `actors/` beyond the built-in ones are added too.
    pub fn from_dir(dir: &std::path::Path) -> Result<Resources, ResourceError> {
        let mut r = Resources::load(|name, embedded| {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok(text),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(embedded.to_string()),
                Err(e) => Err(ResourceError { name: path.display().to_string(), reason: e.to_string() }),
            }
        })?;
        let known: Vec<&str> = ACTOR_FILES.iter().map(|(n, _)| *n).collect();
        if let Ok(entries) = std::fs::read_dir(dir.join("actors")) {
            let mut extra: Vec<std::path::PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .filter(|p| !known.iter().any(|k| p.ends_with(k)))
                .collect();
            extra.sort();
            for p in extra {
                let text = std::fs::read_to_string(&p).map_err(|e| ResourceError { name: p.display().to_string(), reason: e.to_string() })?;
                r.add_actors_toml(&p.display().to_string(), &text)?;
            }
        }
        Ok(r)
    }

    /// Build resources from the known files, each read through `read(name, embedded_text)`.
    fn load(read: impl Fn(&str, &str) -> Result<String, ResourceError>) -> Result<Resources, ResourceError> {
        let mut r = Resources::default();
        for (name, text) in ACTOR_FILES {
            r.add_actors_toml(name, &read(name, text)?)?;
        }
        let d: DescriptionFile = parse(DESCRIPTIONS.0, &read(DESCRIPTIONS.0, DESCRIPTIONS.1)?)?;
        r.descriptions = d.description;
        r.pronouns = d.pronouns;
        for (name, text) in CUE_FILES {
            let mut lex: CueLexicon = parse(name, &read(name, text)?)?;
            for v in &lex.verb {
                for f in &v.forms {
                    lex.verb_forms.insert(f.to_lowercase().replace('’', "'"), v.kind);
                }
            }
            lex.according_words = lex.according_to.iter().chain(&lex.according_to_after_comma).map(|p| crate::words_of(p)).collect();
            r.cues.insert(language_of(name), lex);
        }
        for (name, text) in DATE_FILES {
            let mut lex: DateLexicon = parse(name, &read(name, text)?)?;
            lex.prepare();
            r.dates.insert(language_of(name), lex);
        }
        for (name, text) in TOPIC_FILES {
            r.add_topics_toml(name, &read(name, text)?)?;
        }
        let s: StanceFile = parse(STANCE.0, &read(STANCE.0, STANCE.1)?)?;
        for (lang, against) in s.against {
            r.stance.entry(lang).or_default().0 = against.terms.iter().map(|t| t.to_lowercase()).collect();
        }
        for (lang, pro) in s.for_ {
            r.stance.entry(lang).or_default().1 = pro.terms.iter().map(|t| t.to_lowercase()).collect();
        }
        r.first_names = parse_first_names(FIRST_NAMES.0, &read(FIRST_NAMES.0, FIRST_NAMES.1)?)?;
        Ok(r)
    }

    /// Add (or replace, by id) actors from a TOML text in the registry format.
    pub fn add_actors_toml(&mut self, name: &str, text: &str) -> Result<usize, ResourceError> {
        let file: ActorFile = parse(name, text)?;
        let n = file.actor.len();
        for a in file.actor {
            if a.id.trim().is_empty() {
                return Err(ResourceError { name: name.into(), reason: format!("actor {:?} has an empty id", a.name) });
            }
            self.actors.retain(|old| old.id != a.id);
            self.actors.push(a);
        }
        Ok(n)
    }

    /// Add topics from a TOML text in the topic lexicon format.
    pub fn add_topics_toml(&mut self, name: &str, text: &str) -> Result<usize, ResourceError> {
        let file: TopicFile = parse(name, text)?;
        let n = file.topic.len();
        self.topics.extend(file.topic);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_resources_load() {
        let r = Resources::embedded().unwrap();
        assert!(r.actors.len() > 200);
        assert!(r.actors.iter().any(|a| a.id == "apple" && a.kind == ActorKind::Company));
        for lang in ["fr", "en", "de", "es", "it"] {
            assert!(r.cues[lang].verb_forms.len() > 100, "{lang}");
            assert_eq!(r.dates[lang].months.len(), 12, "{lang}");
        }
        assert!(r.topics.iter().any(|t| t.id == "backdoor"));
    }

    #[test]
    fn a_resource_folder_overrides_lexicons_without_recompiling() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("lexicons/cues")).unwrap();
        std::fs::create_dir_all(dir.path().join("actors")).unwrap();
        std::fs::write(dir.path().join("lexicons/cues/fr.toml"), "language = \"fr\"\n[[verb]]\nlemma = \"gazouiller\"\nforms = [\"gazouille\"]\nkind = \"speech\"\n").unwrap();
        std::fs::write(dir.path().join("actors/local.toml"), "[[actor]]\nid = \"acme\"\nname = \"Acme\"\nkind = \"company\"\n").unwrap();
        let r = Resources::from_dir(dir.path()).unwrap();
        assert_eq!(r.cues["fr"].verb_forms.len(), 1, "the folder's fr cues replace the built-in ones");
        assert!(r.cues["en"].verb_forms.len() > 100, "missing files fall back to the built-in ones");
        assert!(r.actors.iter().any(|a| a.id == "acme") && r.actors.iter().any(|a| a.id == "apple"));
        std::fs::write(dir.path().join("lexicons/stance.toml"), "[against.fr]\nterms = 3\n").unwrap();
        let err = Resources::from_dir(dir.path()).unwrap_err().to_string();
        assert!(err.starts_with("resource lexicons/stance.toml:"), "{err}");
    }

    #[test]
    fn user_actors_extend_and_replace() {
        let mut r = Resources::embedded().unwrap();
        let before = r.actors.len();
        let added = r
            .add_actors_toml("mine.toml", "[[actor]]\nid = \"apple\"\nname = \"Apple Inc.\"\nkind = \"company\"\n[[actor]]\nid = \"acme\"\nname = \"Acme\"\nkind = \"company\"\naliases = [\"Acme\"]\n")
            .unwrap();
        assert_eq!(added, 2);
        assert_eq!(r.actors.len(), before + 1);
        let err = r.add_actors_toml("bad.toml", "[[actor]]\nid = 3").unwrap_err().to_string();
        assert!(err.starts_with("resource bad.toml:"), "{err}");
    }
}
