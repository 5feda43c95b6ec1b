//! ONNX Runtime backend for Hugging Face token-classification (NER) models.
//!
//! A model directory holds `model.onnx` (or a single `*.onnx`, also looked
//! for in `onnx/`), `tokenizer.json` and `config.json` with `id2label`: the
//! layout `optimum-cli export onnx --task token-classification` writes. The
//! ONNX Runtime shared library is loaded at run time (`ORT_DYLIB_PATH`, else
//! `.tools/onnx/libonnxruntime.so*` found from the current directory up;
//! `scripts/fetch-onnx.sh` installs it).
//!
//! Texts are tokenized once; the tokens are cut into windows of
//! [`OnnxOptions::max_tokens`] (special tokens included) overlapping by
//! [`OnnxOptions::stride`]; each token keeps the prediction of the window
//! where it has the most context, so overlaps yield no duplicates. Word pieces
//! are merged into words (first piece's label by default), words are decoded
//! from BIO/IOB/BILOU/plain labels into entities, and offsets are Unicode code
//! points into the input, end exclusive (Dossier's convention).
//!
//! ```no_run
//! use std::path::Path;
//! use dossier_onnx::{default_actor_map, map_label, OnnxOptions, TokenClassifier};
//!
//! # fn main() -> Result<(), dossier_onnx::OnnxError> {
//! let ner = TokenClassifier::load(Path::new(".tools/onnx/rampart"), &OnnxOptions::default())?;
//! let text = "My name is Alex Rivera and I live in Denver, Colorado.";
//! for e in ner.predict(text)? {
//!     // e.g. 11..15 "Alex" GIVEN_NAME (0.99) -> person
//!     let kind = map_label(&e.label, &default_actor_map());
//!     println!("{}..{} {:?} {} ({:.2}) -> {kind:?}", e.start, e.end, e.text, e.label, e.score);
//! }
//! # Ok(())
//! # }
//! ```

mod decode;
mod runtime;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ort::session::builder::GraphOptimizationLevel;
use ort::session::Session;
use ort::value::Tensor;
use tokenizers::Tokenizer;

pub use decode::{
    byte_range_to_chars, choose_windows, default_actor_map, map_label, plan_windows, split_label,
    Aggregation, CharIndex, Tag,
};
pub use runtime::{find_runtime, resolve_runtime, INSTALL_HINT, TOOLS_DIR};

/// Errors of this crate. Never a panic: a missing runtime, a broken model
/// directory or a failed run each come back as one of these.
#[derive(Debug, thiserror::Error)]
pub enum OnnxError {
    /// No ONNX Runtime library was found.
    #[error(
        "ONNX Runtime library not found ({searched}): run scripts/fetch-onnx.sh, or set ORT_DYLIB_PATH to libonnxruntime.so from the onnxruntime==1.31.1 wheel"
    )]
    RuntimeMissing { searched: String },
    /// The library exists but could not be loaded (wrong file, too old…).
    #[error("cannot load ONNX Runtime from {path}: {reason} ({hint})", hint = INSTALL_HINT)]
    RuntimeLoad { path: PathBuf, reason: String },
    /// The model directory is missing or lacks a usable model file.
    #[error("NER model directory {dir}: {reason}")]
    ModelDir { dir: PathBuf, reason: String },
    /// A file of the model directory is missing or broken.
    #[error("NER model file {path}: {reason}")]
    ModelFile { path: PathBuf, reason: String },
    /// Options that cannot work with this model.
    #[error("invalid ONNX options: {0}")]
    Options(String),
    /// Tokenization failed.
    #[error("tokenizer failed: {0}")]
    Tokenize(String),
    /// ONNX Runtime failed while running the model, or its output has an unexpected shape.
    #[error("ONNX inference failed: {0}")]
    Inference(String),
}

/// Options for [`TokenClassifier::load`].
#[derive(Debug, Clone)]
pub struct OnnxOptions {
    /// Intra-op threads of the ONNX Runtime session (default 1).
    pub threads: usize,
    /// Window size in tokens, special tokens included (default 256; clamped
    /// to the model's position limit from `config.json`).
    pub max_tokens: usize,
    /// Tokens shared by consecutive windows (default 32).
    pub stride: usize,
    /// Windows run together in one batch, padded to the longest (default 1;
    /// on one CPU core padding usually costs more than batching saves).
    pub batch_size: usize,
    /// How word pieces vote for their word's label (default: first piece).
    pub aggregation: Aggregation,
}

impl Default for OnnxOptions {
    fn default() -> Self {
        OnnxOptions {
            threads: 1,
            max_tokens: 256,
            stride: 32,
            batch_size: 1,
            aggregation: Aggregation::First,
        }
    }
}

/// One entity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct OnnxEntity {
    /// Code-point offset of the first character.
    pub start: usize,
    /// Code-point offset after the last character (exclusive).
    pub end: usize,
    /// The covered text, `text[start..end]` in code points.
    pub text: String,
    /// The model's label without its `B-`/`I-`… prefix (e.g. `PER`, `GIVEN_NAME`).
    pub label: String,
    /// Mean over the entity's words of the chosen label's probability.
    pub score: f32,
}

/// A loaded token-classification model. `Send + Sync`; runs are serialised
/// on one session (use several classifiers for parallel inference).
pub struct TokenClassifier {
    session: Mutex<Session>,
    tokenizer: Tokenizer,
    labels: Vec<String>,
    prefix: Vec<u32>,
    suffix: Vec<u32>,
    pad_id: u32,
    has_token_types: bool,
    has_attention_mask: bool,
    output_index: usize,
    budget: usize,
    stride: usize,
    batch_size: usize,
    aggregation: Aggregation,
    model_path: PathBuf,
}

impl std::fmt::Debug for TokenClassifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenClassifier")
            .field("model_path", &self.model_path)
            .field("labels", &self.labels)
            .field("window_tokens", &self.budget)
            .field("stride", &self.stride)
            .finish_non_exhaustive()
    }
}

/// Model facts read from `config.json`.
struct ModelConfig {
    labels: Vec<String>,
    max_positions: Option<usize>,
    pad_token_id: Option<u32>,
}

fn read_config(path: &Path) -> Result<ModelConfig, OnnxError> {
    let bad = |reason: String| OnnxError::ModelFile {
        path: path.to_path_buf(),
        reason,
    };
    let raw = std::fs::read_to_string(path).map_err(|e| bad(format!("cannot read: {e}")))?;
    let json: serde_json::Value =
        serde_json::from_str(&raw).map_err(|e| bad(format!("not valid JSON: {e}")))?;
    let id2label = json
        .get("id2label")
        .and_then(|v| v.as_object())
        .ok_or_else(|| {
            bad("no \"id2label\" object (a token-classification config.json has one)".into())
        })?;
    let mut pairs = Vec::with_capacity(id2label.len());
    for (k, v) in id2label {
        let id: usize = k
            .parse()
            .map_err(|_| bad(format!("id2label key {k:?} is not a number")))?;
        let label = v
            .as_str()
            .ok_or_else(|| bad(format!("id2label[{k}] is not a string")))?;
        pairs.push((id, label.to_string()));
    }
    pairs.sort();
    if pairs.is_empty() || pairs.iter().enumerate().any(|(i, (id, _))| *id != i) {
        return Err(bad("id2label ids must be 0..n without gaps".into()));
    }
    let model_type = json
        .get("model_type")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    // RoBERTa-style models reserve two positions (padding_idx + 1 offset).
    let reserved = if model_type.contains("roberta") || model_type == "camembert" {
        2
    } else {
        0
    };
    let max_positions = json
        .get("max_position_embeddings")
        .and_then(|v| v.as_u64())
        .map(|n| (n as usize).saturating_sub(reserved))
        .filter(|&n| n > 0);
    let pad_token_id = json
        .get("pad_token_id")
        .and_then(|v| v.as_u64())
        .map(|n| n as u32);
    Ok(ModelConfig {
        labels: pairs.into_iter().map(|(_, l)| l).collect(),
        max_positions,
        pad_token_id,
    })
}

/// `dir/model.onnx`, else the single `*.onnx` of `dir`, else the same in `dir/onnx/`.
fn find_model_file(dir: &Path) -> Result<PathBuf, OnnxError> {
    let mut reasons = Vec::new();
    for d in [dir.to_path_buf(), dir.join("onnx")] {
        let m = d.join("model.onnx");
        if m.is_file() {
            return Ok(m);
        }
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut found: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "onnx"))
            .collect();
        found.sort();
        match found.len() {
            0 => {}
            1 => return Ok(found.remove(0)),
            _ => reasons.push(format!(
                "several .onnx files in {} and no model.onnx: {}",
                d.display(),
                found
                    .iter()
                    .filter_map(|p| p.file_name())
                    .map(|n| n.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
    Err(OnnxError::ModelDir {
        dir: dir.to_path_buf(),
        reason: reasons
            .pop()
            .unwrap_or_else(|| "no model.onnx or other *.onnx file (also looked in onnx/)".into()),
    })
}

fn ort_err<E: std::fmt::Display>(path: &Path) -> impl Fn(E) -> OnnxError + '_ {
    move |e| OnnxError::ModelFile {
        path: path.to_path_buf(),
        reason: format!("ONNX Runtime cannot load it: {e}"),
    }
}

/// One window of one text: the text, its token range.
struct Job {
    text: usize,
    start: usize,
    end: usize,
}

impl TokenClassifier {
    /// Loads `model.onnx` (or the single `*.onnx` of the directory, e.g.
    /// `model_q4.onnx`), `tokenizer.json` and `config.json` (`id2label`)
    /// from `dir`. The model files are checked before the runtime is loaded,
    /// so a broken directory is reported even without ONNX Runtime.
    pub fn load(dir: &Path, opts: &OnnxOptions) -> Result<TokenClassifier, OnnxError> {
        if !dir.is_dir() {
            return Err(OnnxError::ModelDir {
                dir: dir.to_path_buf(),
                reason: if dir.exists() {
                    "not a directory".into()
                } else {
                    "does not exist".into()
                },
            });
        }
        let config = read_config(&dir.join("config.json"))?;
        let tok_path = dir.join("tokenizer.json");
        if !tok_path.is_file() {
            return Err(OnnxError::ModelFile {
                path: tok_path,
                reason: "missing (export the model with its fast tokenizer)".into(),
            });
        }
        let mut tokenizer = Tokenizer::from_file(&tok_path).map_err(|e| OnnxError::ModelFile {
            path: tok_path.clone(),
            reason: format!("not a usable tokenizer: {e}"),
        })?;
        let model_path = find_model_file(dir)?;

        // Windows are cut by us: no truncation or padding in the tokenizer.
        let pad_id = tokenizer
            .get_padding()
            .map(|p| p.pad_id)
            .or(config.pad_token_id)
            .unwrap_or(0);
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(None)
            .map_err(|e| OnnxError::ModelFile {
                path: tok_path.clone(),
                reason: e.to_string(),
            })?;
        // Special tokens the post-processor puts around one sequence ([CLS] … [SEP], <s> … </s>).
        let probe = tokenizer
            .encode("a", true)
            .map_err(|e| OnnxError::ModelFile {
                path: tok_path.clone(),
                reason: format!("cannot encode a probe text: {e}"),
            })?;
        let mask = probe.get_special_tokens_mask();
        let ids = probe.get_ids();
        let lead = mask.iter().take_while(|&&m| m == 1).count();
        let trail = mask
            .iter()
            .rev()
            .take_while(|&&m| m == 1)
            .count()
            .min(ids.len() - lead);
        let prefix = ids[..lead].to_vec();
        let suffix = ids[ids.len() - trail..].to_vec();

        let specials = prefix.len() + suffix.len();
        let max_tokens = config
            .max_positions
            .map_or(opts.max_tokens, |m| opts.max_tokens.min(m));
        if max_tokens <= specials + 1 {
            return Err(OnnxError::Options(format!(
                "max_tokens {max_tokens} leaves no room beside {specials} special tokens"
            )));
        }
        let budget = max_tokens - specials;
        if opts.stride >= budget {
            return Err(OnnxError::Options(format!(
                "stride {} must be smaller than the window ({budget} tokens without special tokens)",
                opts.stride
            )));
        }
        if opts.threads == 0 || opts.batch_size == 0 {
            return Err(OnnxError::Options(
                "threads and batch_size must be at least 1".into(),
            ));
        }

        let env = runtime::environment()?;
        let session = Session::builder(&env)
            .and_then(|b| Ok(b.with_optimization_level(GraphOptimizationLevel::Level3)?))
            .and_then(|b| Ok(b.with_intra_threads(opts.threads)?))
            .and_then(|b| Ok(b.with_inter_threads(1)?))
            .map_err(ort_err(&model_path))?
            .commit_from_file(&model_path)
            .map_err(ort_err(&model_path))?;

        let names: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
        if !names.contains(&"input_ids") {
            return Err(OnnxError::ModelFile {
                path: model_path,
                reason: format!("no `input_ids` input (inputs: {names:?})"),
            });
        }
        if let Some(other) = names
            .iter()
            .find(|n| !matches!(**n, "input_ids" | "attention_mask" | "token_type_ids"))
        {
            return Err(OnnxError::ModelFile {
                path: model_path.clone(),
                reason: format!("unsupported input `{other}` (inputs: {names:?})"),
            });
        }
        let has_token_types = names.contains(&"token_type_ids");
        let has_attention_mask = names.contains(&"attention_mask");
        let output_index = session
            .outputs()
            .iter()
            .position(|o| o.name() == "logits")
            .unwrap_or(0);
        if session.outputs().is_empty() {
            return Err(OnnxError::ModelFile {
                path: model_path,
                reason: "the model has no outputs".into(),
            });
        }

        Ok(TokenClassifier {
            session: Mutex::new(session),
            tokenizer,
            labels: config.labels,
            prefix,
            suffix,
            pad_id,
            has_token_types,
            has_attention_mask,
            output_index,
            budget,
            stride: opts.stride,
            batch_size: opts.batch_size,
            aggregation: opts.aggregation,
            model_path,
        })
    }

    /// The model's labels by id, as in `config.json` (`O`, `B-PER`, …).
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The entity types the model can produce (labels without prefix, no `O`), sorted.
    pub fn entity_types(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .labels
            .iter()
            .filter_map(|l| match split_label(l) {
                (Tag::Outside, _) => None,
                (_, t) => Some(t.to_string()),
            })
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// The model file in use.
    pub fn model_path(&self) -> &Path {
        &self.model_path
    }

    /// Number of tokens (without special tokens) the tokenizer makes of `text`.
    pub fn count_tokens(&self, text: &str) -> Result<usize, OnnxError> {
        Ok(self.encode(text)?.get_ids().len())
    }

    fn encode(&self, text: &str) -> Result<tokenizers::Encoding, OnnxError> {
        self.tokenizer
            .encode(text, false)
            .map_err(|e| OnnxError::Tokenize(e.to_string()))
    }

    /// Entities of `text`, in text order, with code-point offsets into `text`.
    pub fn predict(&self, text: &str) -> Result<Vec<OnnxEntity>, OnnxError> {
        Ok(self.predict_batch(&[text])?.pop().unwrap_or_default())
    }

    /// [`predict`](Self::predict) for several texts; windows of all texts are
    /// run in batches of `batch_size`.
    pub fn predict_batch(&self, texts: &[&str]) -> Result<Vec<Vec<OnnxEntity>>, OnnxError> {
        let encodings = texts
            .iter()
            .map(|t| self.encode(t))
            .collect::<Result<Vec<_>, _>>()?;
        let mut jobs = Vec::new();
        let mut windows_of = Vec::with_capacity(texts.len());
        for (t, enc) in encodings.iter().enumerate() {
            let windows = plan_windows(enc.get_word_ids(), self.budget, self.stride);
            jobs.extend(windows.iter().map(|&(start, end)| Job {
                text: t,
                start,
                end,
            }));
            windows_of.push(windows);
        }
        // Probabilities per job: (end - start) rows of labels.len().
        let mut probs: Vec<Vec<f32>> = Vec::with_capacity(jobs.len());
        for chunk in jobs.chunks(self.batch_size) {
            probs.extend(self.run(chunk, &encodings)?);
        }

        let nl = self.labels.len();
        let mut out = Vec::with_capacity(texts.len());
        let mut job_base = 0;
        for (t, enc) in encodings.iter().enumerate() {
            let windows = &windows_of[t];
            let n = enc.get_ids().len();
            let chosen = choose_windows(n, windows);
            let token_probs: Vec<Option<&[f32]>> = chosen
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    w.map(|w| {
                        let row = i - windows[w].0;
                        &probs[job_base + w][row * nl..(row + 1) * nl]
                    })
                })
                .collect();
            job_base += windows.len();
            let offsets: Vec<(usize, usize)> = enc.get_offsets().to_vec();
            let words = decode::aggregate_words(
                enc.get_word_ids(),
                &offsets,
                &token_probs,
                self.aggregation,
            );
            let spans = decode::decode_entities(&words, &self.labels);
            let text = texts[t];
            let idx = CharIndex::new(text);
            out.push(
                spans
                    .into_iter()
                    .map(|s| {
                        let (start, end) = (idx.floor(s.start), idx.ceil(s.end));
                        OnnxEntity {
                            start,
                            end,
                            text: text[idx.byte(start)..idx.byte(end)].to_string(),
                            label: s.label,
                            score: s.score,
                        }
                    })
                    .collect(),
            );
        }
        Ok(out)
    }

    /// Runs one batch of windows; returns per job the softmaxed rows of its tokens.
    fn run(
        &self,
        jobs: &[Job],
        encodings: &[tokenizers::Encoding],
    ) -> Result<Vec<Vec<f32>>, OnnxError> {
        let specials = self.prefix.len() + self.suffix.len();
        let seq = jobs.iter().map(|j| j.end - j.start).max().unwrap_or(0) + specials;
        let b = jobs.len();
        let mut ids = vec![self.pad_id as i64; b * seq];
        let mut mask = vec![0i64; b * seq];
        for (r, job) in jobs.iter().enumerate() {
            let row = self
                .prefix
                .iter()
                .chain(&encodings[job.text].get_ids()[job.start..job.end])
                .chain(&self.suffix);
            for (c, &id) in row.enumerate() {
                ids[r * seq + c] = id as i64;
                mask[r * seq + c] = 1;
            }
        }
        let shape = [b as i64, seq as i64];
        let infer = |e: ort::Error| OnnxError::Inference(e.to_string());
        let mut inputs: Vec<(&str, ort::session::SessionInputValue<'_>)> = vec![(
            "input_ids",
            Tensor::from_array((shape, ids)).map_err(infer)?.into(),
        )];
        if self.has_attention_mask {
            inputs.push((
                "attention_mask",
                Tensor::from_array((shape, mask)).map_err(infer)?.into(),
            ));
        }
        if self.has_token_types {
            inputs.push((
                "token_type_ids",
                Tensor::from_array((shape, vec![0i64; b * seq]))
                    .map_err(infer)?
                    .into(),
            ));
        }
        let mut session = self.session.lock().unwrap_or_else(|e| e.into_inner());
        let outputs = session.run(inputs).map_err(infer)?;
        let (out_shape, logits) = outputs[self.output_index]
            .try_extract_tensor::<f32>()
            .map_err(infer)?;
        let nl = self.labels.len();
        let dims: Vec<i64> = out_shape.iter().copied().collect();
        if dims != [b as i64, seq as i64, nl as i64] {
            return Err(OnnxError::Inference(format!(
                "{}: logits of shape {dims:?}, expected [{b}, {seq}, {nl}] ({nl} labels in config.json)",
                self.model_path.display()
            )));
        }
        let mut result = Vec::with_capacity(b);
        for (r, job) in jobs.iter().enumerate() {
            let len = job.end - job.start;
            let from = (r * seq + self.prefix.len()) * nl;
            let mut rows = logits[from..from + len * nl].to_vec();
            rows.chunks_mut(nl).for_each(decode::softmax);
            result.push(rows);
        }
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal valid WordPiece tokenizer.json.
    const TINY_TOKENIZER: &str = r###"{"version":"1.0","truncation":null,"padding":null,"added_tokens":[],
        "normalizer":null,"pre_tokenizer":{"type":"Whitespace"},"post_processor":null,"decoder":null,
        "model":{"type":"WordPiece","unk_token":"[UNK]","continuing_subword_prefix":"##",
                 "max_input_chars_per_word":100,"vocab":{"[UNK]":0,"a":1}}}"###;

    fn write(dir: &Path, name: &str, body: &str) {
        std::fs::write(dir.join(name), body).unwrap();
    }

    fn err(dir: &Path) -> String {
        TokenClassifier::load(dir, &OnnxOptions::default())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn broken_model_dirs_name_the_file_and_reason() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        let missing = d.join("absent");
        let e = err(&missing);
        assert!(e.contains("absent") && e.contains("does not exist"), "{e}");

        let e = err(d);
        assert!(
            e.contains("config.json") && e.contains("cannot read"),
            "{e}"
        );

        write(d, "config.json", "{ not json");
        let e = err(d);
        assert!(
            e.contains("config.json") && e.contains("not valid JSON"),
            "{e}"
        );

        write(d, "config.json", r#"{"model_type":"bert"}"#);
        assert!(err(d).contains("id2label"));

        write(d, "config.json", r#"{"id2label":{"0":"O","2":"B-PER"}}"#);
        assert!(err(d).contains("without gaps"));

        write(
            d,
            "config.json",
            r#"{"id2label":{"0":"O","1":"B-PER","2":"I-PER"}}"#,
        );
        let e = err(d);
        assert!(e.contains("tokenizer.json") && e.contains("missing"), "{e}");

        write(d, "tokenizer.json", "[]");
        let e = err(d);
        assert!(
            e.contains("tokenizer.json") && e.contains("not a usable tokenizer"),
            "{e}"
        );

        // A minimal valid WordPiece tokenizer; then the model file is missing.
        write(d, "tokenizer.json", TINY_TOKENIZER);
        let e = err(d);
        assert!(e.contains("no model.onnx"), "{e}");

        write(d, "a.onnx", "x");
        write(d, "b.onnx", "x");
        let e = err(d);
        assert!(
            e.contains("several .onnx") && e.contains("a.onnx, b.onnx"),
            "{e}"
        );
    }

    #[test]
    fn zero_options_are_rejected_before_the_runtime() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path();
        write(
            d,
            "config.json",
            r#"{"id2label":{"0":"O"},"max_position_embeddings":64}"#,
        );
        write(d, "tokenizer.json", TINY_TOKENIZER);
        write(d, "model.onnx", "x");
        let opts = OnnxOptions {
            stride: 64,
            ..OnnxOptions::default()
        };
        let e = TokenClassifier::load(d, &opts).unwrap_err().to_string();
        assert!(e.contains("stride 64"), "{e}");
        let opts = OnnxOptions {
            threads: 0,
            ..OnnxOptions::default()
        };
        let e = TokenClassifier::load(d, &opts).unwrap_err().to_string();
        assert!(e.contains("threads"), "{e}");
    }

    #[test]
    fn classifier_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<TokenClassifier>();
    }
}
