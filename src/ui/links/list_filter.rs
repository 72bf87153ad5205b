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
        // The choices are listed only while the list is open: making them is a
        // look-up per link, too much for every edit frame at 50,000 links.
        if !state.editor.project().links.is_empty() || self.source.is_some() {
            ui.horizontal(|ui| {
                let name = ui.weak("attributed to:");
                let shown = (self.source.clone()).unwrap_or_else(|| "any attributed to".into());
                egui::ComboBox::from_id_salt("filter_attributed_to")
                    .selected_text(shown)
                    .width(80.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut self.source, None, "any attributed to");
                        for s in state.links.linked_sources(&state.editor) {
                            ui.selectable_value(&mut self.source, Some(s.clone()), s);
                        }
                    })
                    .response
                    .labelled_by(name.id);
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
