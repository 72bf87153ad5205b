//! The suggestions of one document computed on their own thread, so the window
//! never waits for them (a 10 MB article takes about a second). Not the window's
//! one background task (`ui/background`): that one refuses Open and Save while it
//! runs, and suggestions are recomputed after every edit, so they get a thread of
//! their own with the same shape — a snapshot in, a result back through a channel,
//! the window woken when it arrives. A newer request makes an older result stale
//! (its key differs): it is dropped when it arrives.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::model::{Document, Project, RejectedSpan, SourceRegistry};
use crate::suggest::learn::{Combiner, LearnedModel};
use crate::suggest::{RuleSet, Suggester, Suggestion, keep_new_spans};

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
    /// What the learned model needs (`None` while it is switched off).
    pub learning: Option<Learning>,
    /// The project shared (`Editor::shared`), to learn from its annotated
    /// documents which rules to keep and the analyst's conventions (`None`:
    /// the rules' and the model's suggestions as they are).
    pub project: Option<Arc<Project>>,
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
}

impl Request {
    /// The snapshot of document `key.doc` of `project` (`None` when it is not there).
    pub fn of(project: &Project, key: Key) -> Option<Self> {
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
            document,
            taken,
            key,
            learning: None,
            project: None,
        })
    }
}

/// A finished computation.
#[derive(Debug)]
pub struct Computed {
    /// What it was computed for.
    pub key: Key,
    /// The suggestions (sorted by start, longest first), or why there are none.
    pub result: Result<Vec<Suggestion>, String>,
    /// The learned model as it was used (trained, learned again or as given).
    pub model: Option<Arc<LearnedModel>>,
}

/// A computation running on its thread.
#[derive(Debug)]
pub struct Running {
    /// What it computes for.
    pub key: Key,
    receiver: Receiver<Computed>,
}

impl Running {
    /// Starts computing `request` on a new thread; `ctx` is woken when it ends.
    pub fn start(request: Request, ctx: Option<egui::Context>) -> Self {
        let key = request.key.clone();
        let (sender, receiver) = mpsc::channel();
        let worker_key = key.clone();
        let spawned = std::thread::Builder::new()
            .name("marginalia-suggest".into())
            .spawn(move || {
                let (result, model) = std::panic::catch_unwind(|| compute(request))
                    .unwrap_or_else(|_| (Err("internal error while suggesting".into()), None));
                let _ = sender.send(Computed {
                    key: worker_key,
                    result,
                    model,
                });
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Computed {
                key: key.clone(),
                result: Err(format!("cannot start a thread: {e}")),
                model: None,
            });
            return Running { key, receiver: rx };
        }
        Running { key, receiver }
    }

    /// The result, if the thread has finished (once).
    pub fn poll(&self) -> Option<Computed> {
        match self.receiver.try_recv() {
            Ok(c) => Some(c),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Computed {
                key: self.key.clone(),
                result: Err("the suggestion thread ended early".into()),
                model: None,
            }),
        }
    }

    /// Blocks until the result arrives (tests).
    pub fn wait(self) -> Computed {
        let key = self.key.clone();
        self.receiver.recv().unwrap_or(Computed {
            key,
            result: Err("the suggestion thread ended early".into()),
            model: None,
        })
    }
}

/// How many annotated documents the window learns the rules' figures and the
/// analyst's conventions from (the first in project order): rules are run on
/// each for every request, so the cost stays bounded on a large project.
pub const LEARN_DOCS: usize = 200;

/// The suggestions of the request's document: the built-in rules' (less those
/// switched off) and the learned model's, each when wanted, combined by what the
/// project's annotated documents show (`suggest::learn::Combiner`), without what
/// the analyst already tagged or rejected; and the model used.
pub fn compute(request: Request) -> (Result<Vec<Suggestion>, String>, Option<Arc<LearnedModel>>) {
    let mut rules = RuleSet::builtin();
    for id in &request.key.disabled {
        rules.disable(id);
    }
    let suggester = match Suggester::new(rules, request.registry.clone()) {
        Ok(suggester) => suggester,
        Err(e) => return (Err(e.to_string()), None),
    };
    let mut found = Vec::new();
    if request.key.rules_on {
        found = suggester.suggest_text(&request.document.text);
    }
    let mut model = None;
    let mut learned = Vec::new();
    if let Some(learning) = &request.learning {
        match super::learned::current_model(learning, &request.document.id) {
            Ok(m) => {
                learned = m.suggest_text(&request.document.text);
                model = Some(m);
            }
            Err(e) => return (Err(e), None),
        }
    }
    let doc = request.document.id.as_str();
    for s in found.iter_mut().chain(&mut learned) {
        s.doc = doc.to_string();
    }
    let found = match &request.project {
        Some(project) => Combiner::learn_rules(project, &suggester, LEARN_DOCS).combine(
            doc,
            &request.document.text,
            found,
            learned,
        ),
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
    (Ok(kept), model)
}
