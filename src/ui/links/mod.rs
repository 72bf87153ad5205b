//! Issue 13 in the window: links between annotations (an attribution → the claim or
//! speculation it attributes). What the panels read ([`LinkState`]: the index of
//! the project's links, rebuilt once per editor generation, and the link being
//! picked), the runner's side of linking (`picker.rs`), the connector drawn for the
//! selected annotation (`connector.rs`) and the editor's "attributes / attributed
//! to" rows (`editor_rows.rs`).

mod connector;
mod editor_rows;
mod followed;
mod list_filter;
mod picker;

use crate::edit::Editor;
use crate::model::{Annotation, Link};
use followed::FollowedLinks;

pub(crate) use connector::paint_connectors;
pub(crate) use editor_rows::link_rows;
pub use list_filter::AttributedFilter;
pub(crate) use picker::LinkPicker;

/// The window's view of the project's links.
#[derive(Debug, Default)]
pub struct LinkState {
    /// The generation `linked_sources` and `source_names` were made at.
    generation: Option<u64>,
    /// Annotation id → its links, following edits.
    index: FollowedLinks,
    /// Sources of attributions with a link, sorted: made when the "attributed to"
    /// list is opened, once per generation (a look-up per link: 24 ms an edit
    /// frame at 50,000 links when it was made on every edit).
    linked_sources: std::sync::OnceLock<Vec<String>>,
    /// sources (issue 13): what the source fields complete on — the sources in
    /// use and the registry's names and aliases (`source_field::completion_names`).
    source_names: Vec<String>,
    /// The registry's aliases → canonical names (shown as "alias → KCNA").
    source_aliases: std::sync::Arc<crate::ui::source_field::AliasNames>,
    /// What `source_names` was made from: the sources in use and the registry.
    names_key: Option<(Vec<String>, crate::model::SourceRegistry)>,
    /// The link being made (after L), if any.
    pub(crate) picker: Option<LinkPicker>,
}

impl LinkState {
    /// Brings the index up to the project (following the edits since) and makes
    /// the lists read from it again when the project changed.
    pub(crate) fn refresh(&mut self, editor: &Editor, known_sources: &[String]) {
        if self.generation != Some(editor.generation()) {
            let registry = editor.project().source_registry();
            // Most edits change neither the sources in use nor the registry.
            let same = (self.names_key.as_ref())
                .is_some_and(|(k, r)| k.as_slice() == known_sources && *r == *registry);
            if !same {
                self.source_names =
                    crate::ui::source_field::completion_names(known_sources, &registry);
                self.source_aliases =
                    std::sync::Arc::new(crate::ui::source_field::alias_names(&registry));
                self.names_key = Some((known_sources.to_vec(), registry.into_owned()));
            }
            self.index.follow(editor);
            self.linked_sources = std::sync::OnceLock::new();
            self.generation = Some(editor.generation());
        }
    }

    /// The names source fields complete on (sources in use, then the registry's
    /// names and aliases).
    pub(crate) fn source_names(&self) -> &[String] {
        &self.source_names
    }

    /// The registry's aliases with their canonical names (for the source fields'
    /// lists).
    pub(crate) fn source_aliases(&self) -> &std::sync::Arc<crate::ui::source_field::AliasNames> {
        &self.source_aliases
    }

    /// The links touching annotation `id`, sorted by (from, to).
    pub(crate) fn links_of<'a>(
        &'a self,
        _editor: &'a Editor,
        id: &str,
    ) -> impl Iterator<Item = &'a Link> + 'a {
        self.index.of(id).iter()
    }

    /// The attributions linked to annotation `id` (it is their content).
    pub(crate) fn attributions_of<'a>(
        &'a self,
        editor: &'a Editor,
        id: &'a str,
    ) -> impl Iterator<Item = &'a Annotation> + 'a {
        self.links_of(editor, id)
            .filter(move |l| l.to == id)
            .filter_map(|l| editor.annotation(&l.from))
    }

    /// The source annotation `id` is attributed to through a link (the first
    /// linked attribution that names one).
    pub(crate) fn attributed_to<'a>(&'a self, editor: &'a Editor, id: &'a str) -> Option<&'a str> {
        self.attributions_of(editor, id)
            .find_map(|a| a.source.as_deref())
    }

    /// The sources of attributions that have at least one link, sorted (the
    /// "attributed to" filter's choices), made on first use after an edit.
    pub(crate) fn linked_sources(&self, editor: &Editor) -> &[String] {
        self.linked_sources.get_or_init(|| linked_sources(editor))
    }

    /// Ids of the annotations attributed to `source` through a link.
    pub(crate) fn attributed_ids(
        &self,
        editor: &Editor,
        source: &str,
    ) -> std::collections::HashSet<String> {
        editor
            .project()
            .links
            .iter()
            .filter(|l| {
                editor
                    .annotation(&l.from)
                    .is_some_and(|a| a.source.as_deref() == Some(source))
            })
            .map(|l| l.to.clone())
            .collect()
    }
}

/// The sources of attributions that have at least one link, sorted.
fn linked_sources(editor: &Editor) -> Vec<String> {
    let mut out: Vec<String> = editor
        .project()
        .links
        .iter()
        .filter_map(|l| editor.annotation(&l.from)?.source.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}
