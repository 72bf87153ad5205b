//! Generic and short sources ("the agency said", "Kim said") read as the
//! registry source the text named earlier ([`coreference::resolve`]), for
//! every attribution of a text. Each reading looks back over the text before
//! its own attribution only, so they are independent: a long text's run on
//! one thread per core. On one thread they were a quarter of a 10 MB
//! article's instructions, all of them after the sentences' parallel part.
//!
//! [`coreference::resolve`]: super::super::coreference::resolve

use super::{ATTRIBUTION, Found, PARALLEL_FROM, Suggester};

impl Suggester {
    /// Renames the sources that name a body by its kind ("the insurer, X,",
    /// organisers, a province, a judge), then reads each attribution's
    /// source in `found` that is not a registry name
    /// (and not a pronoun's, resolved later) as the source named before it in
    /// `text`, saying so in its `why`. With `parallel`, a text of at least
    /// [`PARALLEL_FROM`] bytes is shared among the cores.
    pub(super) fn resolve_named_earlier(&self, text: &str, found: &mut [Found], parallel: bool) {
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        if !parallel || text.len() < PARALLEL_FROM || threads < 2 || found.len() < 2 {
            self.resolve_run(text, found);
            return;
        }
        let per_thread = found.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let runs: Vec<_> = (found.chunks_mut(per_thread))
                .map(|run| scope.spawn(move || self.resolve_run(text, run)))
                .collect();
            for run in runs {
                if let Err(panic) = run.join() {
                    std::panic::resume_unwind(panic);
                }
            }
        });
    }

    /// [`Suggester::resolve_named_earlier`] on this thread, after the
    /// sources that name a body by its kind are renamed
    /// ([`Suggester::read_bodies_by_kind`]: per attribution too, so on the
    /// same threads).
    fn resolve_run(&self, text: &str, found: &mut [Found]) {
        self.read_bodies_by_kind(text, found);
        for f in (found.iter_mut()).filter(|f| f.label == ATTRIBUTION && !f.back_reference) {
            let Some(source) = &f.source else { continue };
            // "The health centre says": a state body by its kind, read
            // by its country later ([`super::state_body`]).
            if self.index.canonical(source).is_some() || super::state_body::is_state_body(source) {
                continue;
            }
            if let Some(resolved) = super::super::coreference::resolve(
                source,
                &text[..f.start],
                &self.registry,
                &self.index,
                &self.source_names,
            ) {
                // "Russia's Ministry of Natural Resources", which the registry
                // lacks: the officials of the ministry's country.
                let resolved = self.ministry_as_officials(resolved);
                f.why
                    .push_str(&format!(", “{source}” read as {resolved} (named earlier)"));
                f.source = Some(resolved);
            }
        }
    }

    /// `resolved` (a body named earlier) as its country's officials when it
    /// is a ministry the registry does not list and its name gives the
    /// country ("Russia's Ministry of Natural Resources" → Russian
    /// officials); else `resolved` unchanged.
    fn ministry_as_officials(&self, resolved: String) -> String {
        if self.index.canonical(&resolved).is_some() || !super::body_naming::is_ministry(&resolved)
        {
            return resolved;
        }
        let officials = self.source_of(&resolved);
        match officials.ends_with(" officials") {
            true => officials,
            false => resolved,
        }
    }
}
