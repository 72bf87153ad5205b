//! The review view's comparison cache: A and B compared on the current document,
//! their lanes and the agreement figures, computed once per change of pair,
//! document or corpus — on the spot for a small corpus, on a thread for a large one.
//!
//! (Methods of [`ReviewView`] kept here, apart from `mod.rs`, because they are the
//! view's one piece of background work and its cache; `mod.rs` keeps the session,
//! the decisions and the curated project.)

use std::sync::mpsc;

use crate::review::{
    Category, Comparison, Corpus, PairAgreement, Span, char_categories, compare_document,
    pair_agreement_with_progress,
};
use crate::task::{Cancelled, Progress};

use super::ReviewView;

/// From how many annotations in the corpus the comparison and figures are computed
/// on a thread rather than on the spot.
const BACKGROUND_FROM: usize = 10_000;

/// What the cache is for: session generation, A, B, document.
pub(crate) type CacheKey = (u64, String, String, Option<String>);

/// A comparison being computed on a thread.
#[derive(Debug)]
pub(crate) struct Computing {
    pub(crate) key: CacheKey,
    pub(crate) progress: Progress,
    pub(crate) receiver: mpsc::Receiver<Result<Cache, Cancelled>>,
    /// Holds the thread before it starts (tests), released when dropped.
    pub(crate) _gate: Option<mpsc::Sender<()>>,
}

/// The comparison, lanes and figures of annotators A and B on a document (`key`),
/// from `corpus`; the whole-project figures report to `progress`, which can cancel.
pub(crate) fn compute_cache(
    corpus: &Corpus,
    key: CacheKey,
    progress: &Progress,
) -> Result<Cache, Cancelled> {
    let (_, a, b, doc) = &key;
    let pair = !a.is_empty() && !b.is_empty() && a != b;
    progress.start_phase("Comparing the document", 0);
    let document = doc.as_deref().and_then(|id| corpus.document(id));
    let comparison = document.filter(|_| pair).map(|d| compare_document(d, a, b));
    progress.check()?;
    let lanes = document
        .map(|d| {
            let labels = corpus.labels();
            let lane = |who: &str| {
                let spans: Vec<Span> = d.annotations_by(who).into_iter().map(Span::from).collect();
                char_categories(d.document.char_len(), &spans, &labels)
            };
            (lane(a), lane(b))
        })
        .unwrap_or_default();
    progress.check()?;
    let figures = |doc: Option<&str>| {
        if pair {
            pair_agreement_with_progress(corpus, a, b, doc, progress)
        } else {
            Ok(None)
        }
    };
    let doc_figures = match doc.as_deref() {
        Some(d) => figures(Some(d))?,
        None => None,
    };
    let all_figures = figures(None)?;
    Ok(Cache {
        lanes,
        doc_figures,
        all_figures,
        comparison,
        key,
    })
}

/// The comparison and figures of the current pair and document.
#[derive(Debug)]
pub struct Cache {
    /// Session generation, A, B, document.
    pub(crate) key: CacheKey,
    pub(crate) comparison: Option<Comparison>,
    /// Each char's category (0 none, k+1 the k-th label) for A and for B.
    pub lanes: (Vec<Category>, Vec<Category>),
    /// A against B on the current document.
    pub doc_figures: Option<PairAgreement>,
    /// A against B on every document.
    pub all_figures: Option<PairAgreement>,
}

impl ReviewView {
    /// Recomputes the comparison and figures when the pair, the document or the
    /// corpus changed: on the spot for a small corpus, on a thread for a large one
    /// (the view shows its progress meanwhile and picks the result up on a later
    /// frame).
    pub(crate) fn refresh(&mut self) {
        let Some(key) = self.cache_key() else {
            self.cache = None;
            self.computing = None;
            return;
        };
        if self.cache.as_ref().is_some_and(|c| c.key == key) {
            return;
        }
        let Some(session) = &self.session else {
            return;
        };
        let corpus = session.shared_corpus();
        let size: usize = corpus.documents.iter().map(|d| d.annotations.len()).sum();
        if size < BACKGROUND_FROM {
            self.computing = None;
            self.cache = compute_cache(&corpus, key, &Progress::new()).ok();
            return;
        }
        if let Some(running) = &self.computing {
            if running.key == key {
                match running.receiver.try_recv() {
                    Ok(Ok(cache)) => {
                        self.cache = Some(cache);
                        self.computing = None;
                    }
                    Ok(Err(Cancelled)) | Err(mpsc::TryRecvError::Disconnected) => {
                        self.computing = None;
                    }
                    Err(mpsc::TryRecvError::Empty) => {}
                }
                return;
            }
            // Another pair or document now: the old computation is not wanted.
            running.progress.cancel();
        }
        let progress = Progress::new();
        let (sender, receiver) = mpsc::channel();
        let (gate, held) = if self.hold_comparisons {
            let (tx, rx) = mpsc::channel::<()>();
            (Some(tx), Some(rx))
        } else {
            (None, None)
        };
        let worker = progress.clone();
        let for_thread = key.clone();
        let spawned = std::thread::Builder::new()
            .name("marginalia-review".into())
            .spawn(move || {
                if let Some(rx) = held {
                    // Ends when the gate is dropped.
                    let _ = rx.recv();
                }
                let _ = sender.send(compute_cache(&corpus, for_thread, &worker));
            });
        self.computing = spawned.is_ok().then_some(Computing {
            key,
            progress,
            receiver,
            _gate: gate,
        });
    }

    /// True while the comparison of a large corpus is computed on its thread.
    pub fn is_comparing(&self) -> bool {
        self.computing.is_some()
    }

    /// Waits for the comparison computed on a thread, if any (tests).
    pub fn wait_for_comparison(&mut self) {
        let Some(Computing {
            receiver, _gate, ..
        }) = self.computing.take()
        else {
            return;
        };
        drop(_gate);
        if let Ok(Ok(cache)) = receiver.recv() {
            self.cache = Some(cache);
        }
    }

    /// What the cache is computed for: session generation, A, B, document.
    pub(crate) fn cache_key(&self) -> Option<CacheKey> {
        let s = self.session.as_ref()?;
        Some((
            s.generation(),
            self.a.clone(),
            self.b.clone(),
            self.doc.clone(),
        ))
    }

    /// A and B compared on the current document.
    pub(crate) fn comparison(&mut self) -> Option<&Comparison> {
        self.refresh();
        self.cache.as_ref()?.comparison.as_ref()
    }
}
