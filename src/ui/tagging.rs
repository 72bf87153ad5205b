//! Tagging, the runner's side: the text selection tagged with a label (asking for
//! the analyst's name or the attribution's source first when needed), an identical
//! annotation selected rather than added twice.
//!
//! (Methods of [`MarginaliaApp`], the runner's for `UiCommand::Tag` and
//! `UiCommand::FinishAttribution`, apart from `actions.rs` to keep it short: they
//! read the view's selection and open the source popup, panels' state.)

use crate::edit::Edit;
use crate::model::Annotation;

use super::actions::elide;
use super::app::MarginaliaApp;
use super::command::UiCommand;
use super::dialogs::{PendingAttribution, SourcePopup};

impl MarginaliaApp {
    pub(super) fn tag_selection(&mut self, label_id: &str) {
        let Some(doc) = self.state.current_doc.clone() else {
            self.set_error("Open a document first");
            return;
        };
        let Some((start, end)) = self.view.selection(&doc).filter(|(s, e)| s < e) else {
            self.set_error("Select some text first, then press the label's key");
            return;
        };
        let Some(label) = self.project().schema.label(label_id).cloned() else {
            self.set_error(format!("Label '{label_id}' is not in the project's schema"));
            return;
        };
        if self.state.settings.analyst.trim().is_empty() {
            self.dialogs
                .ask_analyst("", Some(UiCommand::Tag(label_id.to_string())));
            return;
        }
        if label.needs_source {
            let anchor = self.view.char_screen_rect(&doc, start);
            self.dialogs.source = Some(SourcePopup::new(
                PendingAttribution {
                    doc,
                    start,
                    end,
                    label: label.id,
                },
                anchor,
            ));
            return;
        }
        self.add_annotation(&doc, start, end, &label.id, None);
    }

    pub(super) fn finish_attribution(&mut self, source: &str) {
        let Some(popup) = self.dialogs.source.take() else {
            return;
        };
        let p = popup.pending;
        let source = source.trim();
        if source.is_empty() {
            self.set_error("An attribution needs a source; nothing was tagged");
            return;
        }
        // sources (issue 13): an alias is stored as its canonical name.
        let source =
            super::source_field::canonical_source(&self.project().source_registry(), source);
        self.add_annotation(&p.doc, p.start, p.end, &p.label, Some(source));
    }

    fn add_annotation(
        &mut self,
        doc: &str,
        start: usize,
        end: usize,
        label: &str,
        source: Option<String>,
    ) {
        let quote = match crate::edit::quote_of(self.project(), doc, start, end) {
            Ok(q) => q,
            Err(e) => {
                self.set_error(format!("Cannot tag: {e}"));
                return;
            }
        };
        // The view's index finds annotations with this exact span by binary search;
        // when it is not current, a scan (offsets first: two numbers per annotation).
        let all = &self.project().annotations;
        let is_same = |a: &&Annotation| {
            a.start == start
                && a.end == end
                && a.doc == doc
                && a.label == label
                && a.source == source
        };
        let same =
            match self
                .view
                .positions_with_span(doc, start, end, self.state.editor.generation())
            {
                Some(found) => found.iter().filter_map(|&i| all.get(i)).find(is_same),
                None => all.iter().find(is_same),
            };
        if let Some(existing) = same {
            let id = existing.id.clone();
            self.state.selected = Some(id);
            self.view.set_selection(doc, None);
            self.set_info("Already tagged so: the existing annotation is selected");
            return;
        }
        let mut a = Annotation::new(
            doc,
            start,
            end,
            quote,
            label,
            self.state.settings.analyst.clone(),
        );
        if let Some(s) = source {
            a = a.with_source(s);
        }
        let id = a.id.clone();
        let message = format!(
            "Tagged “{}” as {}{}",
            elide(&a.quote, 60),
            self.project()
                .schema
                .label(label)
                .map_or(label, |l| &l.name),
            a.source
                .as_ref()
                .map(|s| format!(" ({s})"))
                .unwrap_or_default()
        );
        if self.apply_edit(Edit::AddAnnotation(a)) {
            self.state.selected = Some(id.clone());
            self.view.set_selection(doc, None);
            self.set_info(message);
            self.offer_adjacent_link(&id); // links (issue 13): "attributed to …? Enter"
        }
    }
}
