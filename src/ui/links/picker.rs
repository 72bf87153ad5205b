//! Making a link by keyboard and mouse: select an annotation, press L, then pick
//! the other end — click it (in the article or the list), or ↑/↓ through the
//! candidates and Enter; Esc cancels. The status line says what is happening. An
//! attribution is linked to a claim or speculation (and a claim to an attribution,
//! the link then stored from the attribution). Each link is one `Edit::AddLink`.
//!
//! (Methods of [`MarginaliaApp`]: the runner's side, like `tagging.rs`.)

use egui::{Key, Modifiers};

use crate::edit::Edit;
use crate::model::{Annotation, Link, TagSchema};
use crate::ui::actions::elide;
use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;
use crate::ui::sources_window::SourcesCommand;

/// The link being made.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkPicker {
    /// The annotation L was pressed on.
    pub from: String,
    /// Its document.
    pub doc: String,
    /// Ids of the annotations it can be linked to, in reading order.
    pub candidates: Vec<String>,
    /// The candidate ↑/↓ point at.
    pub current: usize,
    /// Offered after a tag (`links_for_adjacent`): Enter accepts, and anything
    /// else but Esc goes on as if it had not been offered.
    pub suggested: bool,
}

impl LinkPicker {
    /// The candidate ↑/↓ point at.
    pub fn current_id(&self) -> Option<&str> {
        self.candidates.get(self.current).map(String::as_str)
    }
}

/// True for labels that take a source (attributions).
fn is_attribution(schema: &TagSchema, a: &Annotation) -> bool {
    schema.label(&a.label).is_some_and(|l| l.needs_source)
}

/// `(from, to)` of the link between `a` and `b`: from the attribution.
fn ordered(schema: &TagSchema, a: &Annotation, b: &Annotation) -> (String, String) {
    if is_attribution(schema, b) && !is_attribution(schema, a) {
        (b.id.clone(), a.id.clone())
    } else {
        (a.id.clone(), b.id.clone())
    }
}

/// The annotations of `from`'s document it can be linked to (the other kind:
/// contents for an attribution, attributions for a content), in reading order,
/// and the one to start at: the first after an attribution's cue, the last before
/// a content.
pub fn candidates<'a>(
    all: impl Iterator<Item = &'a Annotation>,
    schema: &TagSchema,
    from: &Annotation,
) -> (Vec<String>, usize) {
    let want_attribution = !is_attribution(schema, from);
    let mut found: Vec<&Annotation> = all
        .filter(|a| a.doc == from.doc && a.id != from.id && !a.orphaned)
        .filter(|a| is_attribution(schema, a) == want_attribution)
        .collect();
    found.sort_by_key(|a| (a.start, a.end));
    let start = if want_attribution {
        found.iter().rposition(|a| a.end <= from.start).unwrap_or(0)
    } else {
        found
            .iter()
            .position(|a| a.start >= from.end)
            .unwrap_or(found.len().saturating_sub(1))
    };
    (found.into_iter().map(|a| a.id.clone()).collect(), start)
}

impl MarginaliaApp {
    /// L: starts picking the other end of a link for the selected annotation.
    pub(crate) fn start_link(&mut self) {
        let Some(from) = self.selected_annotation().cloned() else {
            self.set_error("Select an attribution (or a claim), then press L to link it");
            return;
        };
        let project = self.project();
        let (list, current) = candidates(project.annotations.iter(), &project.schema, &from);
        if list.is_empty() {
            self.set_error(format!(
                "Nothing to link “{}” to in this document: tag the {} first",
                elide(&from.quote, 40),
                if is_attribution(&project.schema, &from) {
                    "claim or speculation"
                } else {
                    "attribution"
                }
            ));
            return;
        }
        self.state.links.picker = Some(LinkPicker {
            from: from.id.clone(),
            doc: from.doc.clone(),
            candidates: list,
            current,
            suggested: false,
        });
        self.show_link_candidate();
    }

    /// ↑/↓ while picking.
    pub(crate) fn step_link(&mut self, forward: bool) {
        let Some(p) = self.state.links.picker.as_mut() else {
            return;
        };
        let last = p.candidates.len().saturating_sub(1);
        p.current = if forward {
            (p.current + 1).min(last)
        } else {
            p.current.saturating_sub(1)
        };
        self.show_link_candidate();
    }

    /// Enter while picking: links the candidate ↑/↓ point at.
    pub(crate) fn confirm_link(&mut self) {
        if let Some(to) = self
            .state
            .links
            .picker
            .as_ref()
            .and_then(|p| p.current_id().map(str::to_string))
        {
            self.link_picked(&to);
        }
    }

    /// Esc while picking.
    pub(crate) fn cancel_link(&mut self) {
        match self.state.links.picker.take() {
            Some(p) if p.suggested => self.set_info("Not linked"),
            Some(_) => self.set_info("Linking cancelled"),
            None => {}
        }
    }

    /// After annotation `id` is tagged: when an attribution cue is right before or
    /// after a claim or speculation (`links_for_adjacent`), offers the link between
    /// them — Enter makes it.
    pub(crate) fn offer_adjacent_link(&mut self, id: &str) {
        let editor = &self.state.editor;
        let (Some(content), project) = (editor.annotation(id), editor.project()) else {
            return;
        };
        let Some(doc) = project.document(&content.doc) else {
            return;
        };
        let all = &project.annotations;
        // The view's index gives the neighbours without a pass over the document's
        // annotations (100,000 of them cost milliseconds); its positions are checked
        // again by `links_for_adjacent` (document and offsets).
        let gap = crate::model::MAX_CUE_GAP;
        let from = content.start.saturating_sub(gap);
        let near: Vec<&Annotation> =
            match (self.view).positions_touching(&doc.id, from, content.end + gap) {
                Some(found) => found.iter().filter_map(|&i| all.get(i)).collect(),
                None => (self
                    .drawn
                    .of(project, editor.generation(), &doc.id, editor.changes()))
                .iter()
                .filter_map(|&i| all.get(i))
                .collect(),
            };
        let schema = &project.schema;
        let Some(link) =
            crate::model::links_for_adjacent(doc, near, |a| is_attribution(schema, a), content)
        else {
            return;
        };
        let other_id = if link.from == content.id {
            &link.to
        } else {
            &link.from
        };
        let Some(other) = editor.annotation(other_id) else {
            return;
        };
        let offer = if other.id == link.from {
            format!(
                "attributed to {} (“{}”)?",
                other.source.as_deref().unwrap_or("this cue"),
                elide(&other.quote, 30)
            )
        } else {
            format!("attributes “{}”?", elide(&other.quote, 30))
        };
        let text = format!(
            "{}: {offer} Enter links them · Esc: no",
            self.state.status.text
        );
        self.state.links.picker = Some(LinkPicker {
            from: content.id.clone(),
            doc: content.doc.clone(),
            candidates: vec![other.id.clone()],
            current: 0,
            suggested: true,
        });
        self.set_info(text);
    }

    /// Links the annotation being picked for to `to` (a click on it, or Enter).
    pub(crate) fn link_picked(&mut self, to: &str) {
        let Some(p) = self.state.links.picker.take() else {
            return;
        };
        let editor = &self.state.editor;
        let (Some(a), Some(b)) = (editor.annotation(&p.from), editor.annotation(to)) else {
            self.set_error("The annotation to link is gone");
            return;
        };
        if a.id == b.id {
            self.state.links.picker = Some(p);
            self.set_info("Pick another annotation to link to (Esc cancels)");
            return;
        }
        let schema = &editor.project().schema;
        let (from, to) = ordered(schema, a, b);
        let said = format!(
            "Linked “{}” → “{}”",
            elide(&a.quote, 30),
            elide(&b.quote, 30)
        );
        if self.apply_edit(Edit::AddLink {
            link: Link::attributes(from, to),
            at: None,
        }) {
            self.set_info(format!("{said} (Ctrl+Z undoes)"));
        }
    }

    /// Ctrl+click on annotation `to`: links the selected annotation to it at once,
    /// one undoable `AddLink` as with L and a click. One of the two must be an
    /// attribution and the other not; the selection stays, so several contents can
    /// be Ctrl+clicked in turn.
    pub(crate) fn link_selected_to(&mut self, to: &str) {
        self.state.links.picker = None;
        let Some(from) = self.selected_annotation().map(|a| a.id.clone()) else {
            self.set_error("Select an attribution first, then Ctrl+click what it attributes");
            return;
        };
        let editor = &self.state.editor;
        let (Some(a), Some(b)) = (editor.annotation(&from), editor.annotation(to)) else {
            self.set_error("The annotation to link is gone");
            return;
        };
        let schema = &editor.project().schema;
        if a.id == b.id {
            return self.set_info("Ctrl+click another annotation to link the selected one to it");
        }
        if is_attribution(schema, a) == is_attribution(schema, b) {
            return self.set_error(
                "A link joins an attribution and a claim or speculation: select one, Ctrl+click the other",
            );
        }
        self.state.links.picker = Some(LinkPicker {
            from,
            doc: a.doc.clone(),
            candidates: vec![b.id.clone()],
            current: 0,
            suggested: false,
        });
        self.link_picked(to);
    }

    /// While picking, a click on an annotation links it: true when `command` was
    /// taken that way.
    pub(crate) fn intercept_for_link(&mut self, command: &UiCommand) -> bool {
        let Some(picker) = &self.state.links.picker else {
            return false;
        };
        if picker.suggested {
            // An offer after a tag: anything but Enter / Esc leaves it.
            if !matches!(
                command,
                UiCommand::Sources(SourcesCommand::PickConfirm | SourcesCommand::PickCancel)
            ) {
                self.state.links.picker = None;
            }
            return false;
        }
        match command {
            UiCommand::SelectClicked(id) | UiCommand::SelectAnnotation(Some(id)) => {
                self.link_picked(id);
                true
            }
            _ => false,
        }
    }

    /// The keys of picking (↑/↓, Enter, Esc), taken before the shortcuts while a
    /// link is being picked and no text field has the keyboard.
    pub(crate) fn handle_link_keys(&mut self, ctx: &egui::Context) {
        if self.state.links.picker.is_none() || ctx.text_edit_focused() {
            return;
        }
        let keys = [
            (Key::ArrowDown, SourcesCommand::PickStep(true)),
            (Key::ArrowUp, SourcesCommand::PickStep(false)),
            (Key::Enter, SourcesCommand::PickConfirm),
            (Key::Escape, SourcesCommand::PickCancel),
        ];
        for (key, command) in keys {
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                self.commands.push(UiCommand::Sources(command));
            }
        }
    }

    /// Brings the current candidate into view and says what is happening.
    fn show_link_candidate(&mut self) {
        let Some(p) = self.state.links.picker.clone() else {
            return;
        };
        let editor = &self.state.editor;
        let (Some(from), Some(to)) = (
            editor.annotation(&p.from),
            p.current_id().and_then(|id| editor.annotation(id)),
        ) else {
            return;
        };
        let text = format!(
            "Linking “{}”: click the span to link, or ↑/↓ ({} of {}: “{}”) and Enter; Esc cancels",
            elide(&from.quote, 30),
            p.current + 1,
            p.candidates.len(),
            elide(&to.quote, 40)
        );
        let (doc, start) = (to.doc.clone(), to.start);
        self.view.scroll_to(&doc, start);
        self.set_info(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_the_other_kind_starting_after_the_cue() {
        let schema = TagSchema::default();
        let text = "조선중앙통신은 발사했다고 밝혔다. 분석가들은 실패했을 수도";
        let ann = |s, e, label| {
            let q: String = text.chars().skip(s).take(e - s).collect();
            Annotation::new("d", s, e, q, label, "me")
        };
        let before = ann(0, 1, "claim");
        let cue = ann(0, 6, "attribution");
        let claim = ann(8, 13, "claim");
        let spec = ann(26, 29, "speculation");
        let other_cue = ann(19, 24, "attribution");
        let all = [
            before.clone(),
            cue.clone(),
            claim.clone(),
            spec.clone(),
            other_cue,
        ];
        let (list, at) = candidates(all.iter(), &schema, &cue);
        assert_eq!(list, [before.id.clone(), claim.id.clone(), spec.id.clone()]);
        assert_eq!(list[at], claim.id, "the first content after the cue");
        let (list, at) = candidates(all.iter(), &schema, &spec);
        assert_eq!(list.len(), 2, "attributions only");
        assert_eq!(list[at], all[4].id, "the last attribution before it");
        assert_eq!(
            ordered(&schema, &spec, &cue),
            (cue.id.clone(), spec.id.clone())
        );
    }
}
