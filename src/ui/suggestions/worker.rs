//! The suggestions of one document computed on their own thread, so the window
//! never waits for them (a 10 MB article takes about a second). Not the window's
//! one background task (`ui/background`): that one refuses Open and Save while it
//! runs, and suggestions are recomputed after every edit, so they get a thread of
//! their own with the same shape — a snapshot in, a result back through a channel,
//! the window woken when it arrives. A newer request makes an older result stale
//! (its key differs): it is dropped when it arrives.
//!
//! With the learned model on, the model runs on a thread of its own beside the
//! rules (two cores: a 10 MB article costs the slower of the two, not their sum).
//! When the rules are done first (the model still training or learning a
//! decision), their suggestions are sent at once as a partial result, and the
//! whole result follows: the analyst never waits for the model to see the rules'.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use crate::model::{Document, Project, RejectedSpan, SourceRegistry};
use crate::suggest::learn::{LearnError, LearnedModel, LearnedRules};
use crate::suggest::{RuleSet, SUGGESTING, Suggester, Suggestion, keep_new_spans};
use crate::task::Progress;

use super::learned::Gate;

/// What a list of suggestions was computed for: the document, the project's
/// generation (its annotations and rejections then) and the rules switched off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// The document's id.
    pub doc: String,
    /// `Editor::generation()` when the snapshot was taken.
    pub generation: u64,
    /// The rules switched off.
    pub disabled: Vec<String>,
    /// Which rules: bumped each time the project's rules are loaded or saved.
    pub rules_version: u64,
    /// The rules' suggestions wanted.
    pub rules_on: bool,
    /// The learned model's suggestions wanted.
    pub model_on: bool,
}

/// Everything the thread needs, copied out of the project.
pub struct Request {
    /// What the result will be for.
    pub key: Key,
    /// The document (its text).
    pub document: Document,
    /// The spans of the document's annotations by label (suggestions overlapping
    /// one of the same label are left out): offsets only, so the snapshot of
    /// 100,000 annotations is a copy of numbers, not of their texts.
    pub taken: Vec<(String, Vec<(usize, usize)>)>,
    /// The project's rejected spans in this document.
    pub rejected: Vec<RejectedSpan>,
    /// The project's source registry.
    pub registry: SourceRegistry,
    /// The rules in use (the project's rules file or the built-in rules).
    pub rules: Arc<RuleSet>,
    /// What the learned model needs (`None` while it is switched off).
    pub learning: Option<Learning>,
    /// The project shared (`Editor::shared`), to learn from its annotated
    /// documents which rules to keep and the analyst's conventions (`None`:
    /// the rules' and the model's suggestions as they are).
    pub project: Option<Arc<Project>>,
    /// What the last computation learned from the rules on the annotated
    /// documents: used again, document by document, where it is current.
    pub rules_learned: Option<LearnedRules>,
    /// How far the computation is (its phase and fraction, drawn under
    /// "Suggested" while it takes long).
    pub progress: Progress,
    /// Tests: the computation waits here before finding suggestions.
    pub gate: Option<Arc<Gate>>,
}

/// The learned model's part of a request: the project shared (not copied) to
/// train on, the model trained before (learned again, not retrained, when only
/// the analyst's decisions since differ), and where its cache file goes.
pub struct Learning {
    /// The project as it is now (`Editor::shared`).
    pub project: Arc<Project>,
    /// The model the window holds, if any, for this project.
    pub model: Option<Arc<LearnedModel>>,
    /// The project's file, beside which the model is cached (`NAME.model.ron`).
    pub project_path: Option<PathBuf>,
    /// A training's progress (the window draws it) and its Cancel.
    pub progress: Progress,
    /// Tests: a training waits here until the gate opens.
    pub gate: Option<Arc<Gate>>,
}

impl Request {
    /// The snapshot of document `key.doc` of `project` (`None` when it is not
    /// there), to be suggested for with `rules`.
    pub fn of(project: &Project, key: Key, rules: Arc<RuleSet>) -> Option<Self> {
        let document = project.document(&key.doc)?.clone();
        let mut taken: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
        for a in project.annotations.iter().filter(|a| a.doc == key.doc) {
            match taken.iter_mut().find(|(l, _)| *l == a.label) {
                Some((_, spans)) => spans.push((a.start, a.end)),
                None => taken.push((a.label.clone(), vec![(a.start, a.end)])),
            }
        }
        Some(Request {
            rejected: (project.rejected.iter())
                .filter(|r| r.doc == key.doc)
                .cloned()
                .collect(),
            registry: project.source_registry().into_owned(),
            rules,
            document,
            taken,
            key,
            learning: None,
            project: None,
            rules_learned: None,
            progress: Progress::new(),
            gate: None,
        })
    }
}

/// A finished computation, or its first part.
#[derive(Debug)]
pub struct Computed {
    /// What it was computed for.
    pub key: Key,
    /// The suggestions (sorted by start, longest first), or why there are none.
    pub result: Result<Vec<Suggestion>, String>,
    /// The learned model as it was used (trained, learned again or as given).
    pub model: Option<Arc<LearnedModel>>,
    /// What was learned from the rules on the annotated documents.
    pub rules_learned: Option<LearnedRules>,
    /// True for the rules' suggestions sent while the model is not ready yet:
    /// the whole result follows.
    pub partial: bool,
    /// Why the model's suggestions are missing (its training failed or was
    /// cancelled); the rules' are there.
    pub model_failure: Option<LearnError>,
}

impl Computed {
    fn failed(key: Key, why: String) -> Self {
        Computed {
            key,
            result: Err(why),
            model: None,
            rules_learned: None,
            partial: false,
            model_failure: None,
        }
    }
}

/// A computation running on its thread.
#[derive(Debug)]
pub struct Running {
    /// What it computes for.
    pub key: Key,
    receiver: Receiver<Computed>,
    /// How far it is (phase and fraction).
    pub progress: Progress,
    /// When it started.
    pub started: Instant,
}

impl Running {
    /// Starts computing `request` on a new thread; `ctx` is woken when a result
    /// (partial or whole) arrives.
    pub fn start(request: Request, ctx: Option<egui::Context>) -> Self {
        let key = request.key.clone();
        let progress = request.progress.clone();
        // Its phase from the start, not from when its thread first runs.
        progress.start_phase(SUGGESTING, 0);
        let started = Instant::now();
        let (sender, receiver) = mpsc::channel();
        let worker_key = key.clone();
        let spawned = std::thread::Builder::new()
            .name("marginalia-suggest".into())
            .spawn(move || {
                let send = |c: Computed| {
                    let _ = sender.send(c);
                    if let Some(ctx) = &ctx {
                        ctx.request_repaint();
                    }
                };
                let whole = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    compute(request, &send)
                }))
                .unwrap_or_else(|_| {
                    Computed::failed(worker_key, "internal error while suggesting".into())
                });
                send(whole);
            });
        if let Err(e) = spawned {
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Computed::failed(
                key.clone(),
                format!("cannot start a thread: {e}"),
            ));
            return Running {
                key,
                receiver: rx,
                progress,
                started,
            };
        }
        Running {
            key,
            receiver,
            progress,
            started,
        }
    }

    /// The next result, if one has arrived (a partial one, then the whole).
    pub fn poll(&self) -> Option<Computed> {
        match self.receiver.try_recv() {
            Ok(c) => Some(c),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(self.ended_early()),
        }
    }

    /// Blocks until the next result arrives (tests).
    pub fn wait_next(&self) -> Computed {
        self.receiver.recv().unwrap_or_else(|_| self.ended_early())
    }

    /// Blocks until the whole result arrives (tests).
    pub fn wait(self) -> Computed {
        loop {
            let c = self.wait_next();
            if !c.partial {
                return c;
            }
        }
    }

    fn ended_early(&self) -> Computed {
        Computed::failed(self.key.clone(), "the suggestion thread ended early".into())
    }
}

/// How many annotated documents the window learns the rules' figures and the
/// analyst's conventions from (the first in project order): rules are run on
/// each (a long one's sample), once for each change of its annotations
/// (`LearnedRules`), so the cost stays bounded on a large project.
pub const LEARN_DOCS: usize = 200;

/// The suggestions of the request's document: the request's rules' (less those
/// switched off) and the learned model's (on its own thread), each when wanted,
/// combined by what the project's annotated documents show, without what the
/// analyst already tagged or rejected. The rules' are handed to `send` first
/// when the model is not done by then; the whole result is returned.
pub fn compute(request: Request, send: &dyn Fn(Computed)) -> Computed {
    let key = request.key.clone();
    let mut rules = RuleSet::clone(&request.rules);
    for id in &key.disabled {
        rules.disable(id);
    }
    let suggester = match Suggester::new(rules, request.registry.clone()) {
        Ok(suggester) => suggester,
        Err(e) => return Computed::failed(key, e.to_string()),
    };
    let (text, doc) = (request.document.text.as_str(), request.document.id.as_str());
    let rules_in_use = &*request.rules;
    std::thread::scope(|scope| {
        let model_job = (request.learning.as_ref()).map(|learning| {
            scope.spawn(move || {
                let model = super::learned::current_model(learning, rules_in_use, doc)?;
                let found = model.suggest_text(text);
                Ok::<_, LearnError>((model, found))
            })
        });
        let progress = &request.progress;
        progress.start_phase(SUGGESTING, 0);
        if let Some(gate) = &request.gate {
            gate.wait(progress);
        }
        let found = if key.rules_on {
            suggester.suggest_text_progress(text, progress)
        } else {
            Vec::new()
        };
        let rules_learned = (request.project.as_ref()).map(|p| {
            let held = request.rules_learned.as_ref();
            LearnedRules::current(
                held,
                p,
                &suggester,
                &key.disabled,
                LEARN_DOCS,
                doc,
                progress,
            )
        });
        progress.start_phase("", 0);
        let combiner = rules_learned.as_ref().map(|l| &*l.combiner);
        if model_job.as_ref().is_some_and(|j| !j.is_finished()) {
            send(Computed {
                key: key.clone(),
                result: Ok(finish(&request, combiner, found.clone(), Vec::new())),
                model: None,
                rules_learned: rules_learned.clone(),
                partial: true,
                model_failure: None,
            });
        }
        let (mut model, mut learned, mut model_failure) = (None, Vec::new(), None);
        match model_job.map(|j| j.join()) {
            Some(Ok(Ok((m, found)))) => (model, learned) = (Some(m), found),
            Some(Ok(Err(e))) => model_failure = Some(e),
            Some(Err(_)) => {
                model_failure = Some(LearnError::Format("internal error in the model".into()))
            }
            None => {}
        }
        Computed {
            result: Ok(finish(&request, combiner, found, learned)),
            key,
            model,
            rules_learned,
            partial: false,
            model_failure,
        }
    })
}

/// The rules' (`found`) and the model's (`learned`) suggestions for the
/// request's document combined (by `combiner` when there is one, else exact
/// duplicates of a rule's dropped), less what is tagged or rejected there.
fn finish(
    request: &Request,
    combiner: Option<&crate::suggest::learn::Combiner>,
    mut found: Vec<Suggestion>,
    mut learned: Vec<Suggestion>,
) -> Vec<Suggestion> {
    let doc = request.document.id.as_str();
    for s in found.iter_mut().chain(&mut learned) {
        s.doc = doc.to_string();
    }
    let found = match combiner {
        Some(c) => c.combine(doc, &request.document.text, found, learned),
        None => {
            let same = |a: &Suggestion, b: &Suggestion| {
                (a.start, a.end, &a.label) == (b.start, b.end, &b.label)
            };
            let new: Vec<Suggestion> = (learned.into_iter())
                .filter(|l| !found.iter().any(|r| same(r, l)))
                .collect();
            found.extend(new);
            found
        }
    };
    let taken = (request.taken.iter())
        .flat_map(|(label, spans)| spans.iter().map(move |&(s, e)| (doc, label.as_str(), s, e)));
    let mut kept = keep_new_spans(found, taken, &request.rejected);
    kept.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    kept
}
