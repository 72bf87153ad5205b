//! The annotation list's "attributed to" filter (issue 13): only the annotations
//! linked from an attribution naming the chosen source. The ids it lets through
//! are found once per project generation and source, not per frame.

use std::collections::HashSet;

use crate::ui::state::PanelContext;

/// The filter's choice and the ids it lets through.
#[derive(Debug, Default)]
pub struct AttributedFilter {
    /// Only annotations attributed to this source through a link, if set.
    pub source: Option<String>,
    /// Ids attributed to `source`, with the generation and source they were found
    /// for.
    ids: Option<(u64, String, HashSet<String>)>,
}

impl AttributedFilter {
    /// True when annotation `id` passes (always, with no source chosen).
    pub fn passes(&self, id: &str) -> bool {
        match (&self.source, &self.ids) {
            (None, _) => true,
            (Some(_), Some((_, _, ids))) => ids.contains(id),
            (Some(_), None) => false,
        }
    }

    /// Chooses `source` (or none).
    pub fn set(&mut self, source: Option<String>) {
        self.source = source;
        self.ids = None;
    }

    /// Draws the choice (when any attribution has a link, or a choice is made)
    /// and finds the ids again when needed; true when they changed (the rows must
    /// be counted again).
    pub(crate) fn show(&mut self, cx: &PanelContext, ui: &mut egui::Ui) -> bool {
        let state = cx.state;
        let sources = state.links.linked_sources();
        if !sources.is_empty() || self.source.is_some() {
            let options: Vec<(String, String)> =
                sources.iter().map(|s| (s.clone(), s.clone())).collect();
            ui.horizontal(|ui| {
                crate::ui::annotation_list::filter_combo(
                    ui,
                    "filter_attributed_to",
                    "attributed to",
                    &mut self.source,
                    &options,
                );
            });
        }
        let generation = state.editor.generation();
        let Some(source) = &self.source else {
            return self.ids.take().is_some();
        };
        let current = self
            .ids
            .as_ref()
            .is_some_and(|(g, s, _)| *g == generation && s == source);
        if !current {
            let ids = state.links.attributed_ids(&state.editor, source);
            self.ids = Some((generation, source.clone(), ids));
        }
        !current
    }
}
