//! The search panel's state, without a window: the query, the hits found so far,
//! whether the run is complete, and the selected hit with next / previous.

use super::{Hit, Query};

/// A search as the window shows it. The hits arrive in batches
/// ([`SearchSession::push_hits`], from a background run) and stay in document
/// order; the selection is an index into them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchSession {
    query: Query,
    hits: Vec<Hit>,
    selected: Option<usize>,
    complete: bool,
}

impl SearchSession {
    /// A session for `query`, with no hits yet and not complete.
    pub fn new(query: Query) -> Self {
        SearchSession {
            query,
            ..SearchSession::default()
        }
    }

    /// The query searched for.
    pub fn query(&self) -> &Query {
        &self.query
    }

    /// Starts over with `query`: hits and selection cleared, not complete.
    pub fn restart(&mut self, query: Query) {
        *self = SearchSession::new(query);
    }

    /// Adds hits found after those already there (a run's next batch).
    pub fn push_hits(&mut self, hits: impl IntoIterator<Item = Hit>) {
        self.hits.extend(hits);
    }

    /// Marks the run finished: every hit is in.
    pub fn finish(&mut self) {
        self.complete = true;
    }

    /// Replaces the hits with those of a new run of the same query (after the
    /// project changed), keeping the selection on the same hit when it is still
    /// there, else on the first hit after where it was, else on the last one.
    pub fn replace_hits(&mut self, hits: Vec<Hit>, complete: bool) {
        let was = self.selected_hit();
        self.hits = hits;
        self.complete = complete;
        self.selected = was.and_then(|old| {
            let at = self.hits.partition_point(|h| *h < old);
            if at < self.hits.len() {
                Some(at)
            } else {
                self.hits.len().checked_sub(1)
            }
        });
    }

    /// True once every document was searched.
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// The hits found so far, in document order.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Number of hits found so far.
    pub fn len(&self) -> usize {
        self.hits.len()
    }

    /// True when no hit was found (yet).
    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }

    /// Index of the selected hit, if any.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The selected hit, if any.
    pub fn selected_hit(&self) -> Option<Hit> {
        self.selected.and_then(|i| self.hits.get(i).copied())
    }

    /// Selects hit `i` (clamped to the last one); `None` when there are none.
    pub fn select(&mut self, i: usize) -> Option<Hit> {
        self.selected = self.hits.len().checked_sub(1).map(|last| i.min(last));
        self.selected_hit()
    }

    /// Selects the next hit, from the last back to the first; the first when none
    /// was selected.
    pub fn select_next(&mut self) -> Option<Hit> {
        let n = self.hits.len();
        self.selected = (n > 0).then(|| self.selected.map_or(0, |i| (i + 1) % n));
        self.selected_hit()
    }

    /// Selects the previous hit, from the first back to the last; the last when
    /// none was selected.
    pub fn select_previous(&mut self) -> Option<Hit> {
        let n = self.hits.len();
        self.selected = (n > 0).then(|| self.selected.map_or(n - 1, |i| (i + n - 1) % n));
        self.selected_hit()
    }

    /// "3 of 120", "3 of 120+" while the run goes on, "120 hits" with none
    /// selected, "searching…" or "no hits".
    pub fn position_label(&self) -> String {
        let more = if self.complete { "" } else { "+" };
        match (self.selected, self.hits.len()) {
            (_, 0) if self.complete => "no hits".to_string(),
            (_, 0) => "searching…".to_string(),
            (Some(i), n) => format!("{} of {n}{more}", i + 1),
            (None, n) => format!("{}{more}", crate::model::text::plural(n, "hit")),
        }
    }
}
