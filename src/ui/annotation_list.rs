//! The right panel: the current document's annotations (label swatch, source, quoted
//! text, author), filtered by label, source, author and text, drawn as virtualized
//! rows so long lists stay fast; the selected annotation's editor below.

use crate::model::{Annotation, Project};

use super::actions::elide;
use super::annotation_editor::AnnotationEditorState;
use super::command::UiCommand;
use super::state::PanelContext;
use super::theme::{label_color, swatch};

/// Filters and the cached list of matching rows.
#[derive(Debug, Default)]
pub struct AnnotationListState {
    /// Only this label, if set.
    pub label: Option<String>,
    /// Only this source, if set.
    pub source: Option<String>,
    /// Only this author, if set.
    pub author: Option<String>,
    /// Only annotations whose quote, note, source or author contain this text.
    pub text: String,
    /// links (issue 13): only annotations attributed to a source through a link.
    pub attributed: super::links::AttributedFilter,
    /// Indices into `project.annotations` of the rows shown, sorted by position.
    rows: Vec<usize>,
    /// What `rows` was computed for.
    key: Option<RowsKey>,
    /// Scroll so the selected row is visible (set when selected elsewhere).
    scroll_to_selected: bool,
    last_selected: Option<String>,
    /// Rows fully drawn last frame (a selection already in view is not scrolled to).
    visible: std::ops::Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
struct RowsKey {
    generation: u64,
    doc: Option<String>,
    label: Option<String>,
    source: Option<String>,
    author: Option<String>,
    text: String,
    attributed_to: Option<String>,
}

impl AnnotationListState {
    fn key(&self, generation: u64, doc: Option<&str>) -> RowsKey {
        RowsKey {
            generation,
            doc: doc.map(str::to_string),
            label: self.label.clone(),
            source: self.source.clone(),
            author: self.author.clone(),
            text: self.text.clone(),
            attributed_to: self.attributed.source.clone(),
        }
    }

    /// True when `a` passes the filters.
    pub fn matches(&self, a: &Annotation) -> bool {
        self.matches_folded(a, &self.text.trim().to_lowercase())
    }

    /// [`Self::matches`] with the text filter already trimmed and lowercased.
    fn matches_folded(&self, a: &Annotation, t: &str) -> bool {
        if self.label.as_ref().is_some_and(|l| *l != a.label) {
            return false;
        }
        if self
            .source
            .as_ref()
            .is_some_and(|s| a.source.as_ref() != Some(s))
        {
            return false;
        }
        if self.author.as_ref().is_some_and(|w| *w != a.author) {
            return false;
        }
        if !self.attributed.passes(&a.id) {
            return false;
        }
        if t.is_empty() {
            return true;
        }
        a.quote.to_lowercase().contains(t)
            || a.note.to_lowercase().contains(t)
            || a.author.to_lowercase().contains(t)
            || a.source
                .as_ref()
                .is_some_and(|s| s.to_lowercase().contains(t))
    }

    /// The rows for `doc` in `project`, recomputed only when something changed; after
    /// edits the `changes` log knows, only the positions they changed are looked at
    /// again.
    pub fn rows(
        &mut self,
        project: &Project,
        generation: u64,
        doc: Option<&str>,
        changes: &crate::edit::ChangeLog,
    ) -> &[usize] {
        let key = self.key(generation, doc);
        if self.key.as_ref() == Some(&key) {
            return &self.rows;
        }
        let all = &project.annotations;
        let order = |i: usize| all.get(i).map(|a| (a.start, a.end, i));
        // A link edit changes who an annotation is attributed to without touching
        // it: with the "attributed to" filter on, the rows are counted again.
        let patch = self
            .key
            .as_ref()
            .filter(|_| self.attributed.source.is_none())
            .filter(|old| {
                RowsKey {
                    generation,
                    ..(*old).clone()
                } == key
            })
            .and_then(|old| changes.since(old.generation, generation));
        if let Some(changed) = patch {
            self.rows.retain(|&i| i < all.len() && !changed.contains(i));
            for &at in &changed.positions {
                let Some(a) = all.get(at) else { continue };
                if Some(a.doc.as_str()) == doc && self.matches(a) {
                    let slot = self.rows.partition_point(|&i| order(i) < order(at));
                    self.rows.insert(slot, at);
                }
            }
        } else {
            let text = self.text.trim().to_lowercase();
            // Sorted by (start, end, position): keys gathered once, no look-ups
            // while sorting 100,000 rows.
            let mut keyed: Vec<(usize, usize, usize)> = all
                .iter()
                .enumerate()
                .filter(|(_, a)| Some(a.doc.as_str()) == doc && self.matches_folded(a, &text))
                .map(|(i, a)| (a.start, a.end, i))
                .collect();
            keyed.sort_unstable();
            self.rows.clear();
            self.rows.extend(keyed.into_iter().map(|(_, _, i)| i));
        }
        self.key = Some(key);
        &self.rows
    }
}

/// The position in `rows` (sorted by start and end) of annotation `a`: a binary
/// search to its span, then the rows with that same span.
fn row_of(rows: &[usize], all: &[Annotation], a: &Annotation) -> Option<usize> {
    let key = |&i: &usize| all.get(i).map(|b| (b.start, b.end)).unwrap_or_default();
    let from = rows.partition_point(|i| key(i) < (a.start, a.end));
    rows.get(from..)?
        .iter()
        .take_while(|i| key(i) == (a.start, a.end))
        .position(|&i| all.get(i).is_some_and(|b| b.id == a.id))
        .map(|k| from + k)
}

/// A "what: any / one of `options`" filter (options are (value, shown name)).
pub(crate) fn filter_combo(
    ui: &mut egui::Ui,
    id: &str,
    what: &str,
    value: &mut Option<String>,
    options: &[(String, String)],
) {
    let shown = value
        .as_ref()
        .and_then(|v| options.iter().find(|(k, _)| k == v).map(|(_, n)| n.clone()))
        .unwrap_or_else(|| format!("any {what}"));
    let name = ui.weak(format!("{what}:"));
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(80.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, format!("any {what}"));
            for (k, n) in options {
                ui.selectable_value(value, Some(k.clone()), n);
            }
        })
        .response
        .labelled_by(name.id);
}

/// Draws the whole right panel: filters, the list, the editor of the selection.
/// `list` and `editor` are the panel's own state.
pub(crate) fn annotation_panel(
    cx: &mut PanelContext,
    list: &mut AnnotationListState,
    editor: &mut AnnotationEditorState,
    ui: &mut egui::Ui,
) {
    let state = cx.state;
    ui.heading("Annotations");
    let doc = state.current_doc.clone();
    let project = state.editor.project();
    let labels: Vec<(String, String)> = project
        .schema
        .labels
        .iter()
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect();
    let facets = state.derived.doc(doc.as_deref());
    let pairs = |v: Vec<String>| -> Vec<(String, String)> {
        v.into_iter().map(|s| (s.clone(), s)).collect()
    };
    let sources = pairs(facets.sources);
    let authors = pairs(facets.authors);
    ui.horizontal(|ui| {
        filter_combo(ui, "filter_label", "label", &mut list.label, &labels);
        filter_combo(ui, "filter_source", "source", &mut list.source, &sources);
    });
    if list.attributed.show(cx, ui) {
        list.key = None; // links (issue 13): the "attributed to" filter
    }
    ui.horizontal(|ui| {
        filter_combo(ui, "filter_author", "author", &mut list.author, &authors);
        ui.add(
            egui::TextEdit::singleline(&mut list.text)
                .hint_text("filter by text…")
                .desired_width(f32::INFINITY),
        );
    });
    if list.selection_changed(&state.selected) {
        list.scroll_to_selected = true;
    }

    let generation = state.editor.generation();
    let project = state.editor.project();
    list.rows(project, generation, doc.as_deref(), state.editor.changes());
    // Moved out of the state for this frame (not copied: 100,000 rows on a big
    // project) and put back once drawn.
    let rows = std::mem::take(&mut list.rows);
    let total = facets.count;
    ui.weak(if rows.len() == total {
        crate::model::text::plural(total, "annotation")
    } else {
        format!(
            "{} of {}",
            rows.len(),
            crate::model::text::plural(total, "annotation")
        )
    });

    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + 4.0;
    let editor_height = if state.selected_annotation().is_some() {
        250.0 + super::review::comments_height(state)
    } else {
        0.0
    };
    let list_height = (ui.available_height() - editor_height).max(row_height * 3.0);
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("annotation_rows")
        .auto_shrink([false, false])
        .max_height(list_height);
    if list.scroll_to_selected {
        list.scroll_to_selected = false;
        if let Some(pos) = state
            .selected_annotation()
            .and_then(|a| row_of(&rows, &project.annotations, a))
            && !(list.visible.start < pos && pos + 1 < list.visible.end)
        {
            let spacing = ui.spacing().item_spacing.y;
            scroll = scroll.vertical_scroll_offset(
                (pos as f32 * (row_height + spacing) - list_height / 2.0).max(0.0),
            );
        }
    }
    let mut clicked = None;
    let mut visible = 0..0;
    scroll.show_rows(ui, row_height, rows.len(), |ui, range| {
        visible = range.clone();
        for &i in rows.get(range).unwrap_or_default() {
            let Some(a) = project.annotations.get(i) else {
                continue;
            };
            let selected = state.selected.as_deref() == Some(a.id.as_str());
            ui.horizontal(|ui| {
                ui.set_height(row_height);
                swatch(ui, label_color(&project.schema, &a.label));
                let name = project
                    .schema
                    .label(&a.label)
                    .map_or(a.label.as_str(), |l| &l.name);
                let mut text = match &a.source {
                    Some(src) => format!("{name} ({src}): “{}”", elide(&a.quote, 48)),
                    None => format!("{name}: “{}”", elide(&a.quote, 48)),
                };
                if let Some(src) = state.links.attributed_to(&state.editor, &a.id) {
                    text.push_str(&format!(" · attributed to {src}")); // links (issue 13)
                }
                if !a.author.is_empty() {
                    text.push_str(&format!(" · {}", a.author));
                }
                let r = ui.add(egui::Button::selectable(selected, text).truncate());
                let r = r.on_hover_text(format!(
                    "{}\n{}..{} · {} · {}{}",
                    a.quote,
                    a.start,
                    a.end,
                    a.author,
                    a.created,
                    if a.note.is_empty() {
                        String::new()
                    } else {
                        format!("\nnote: {}", a.note)
                    }
                ));
                if r.clicked() {
                    clicked = Some(a.id.clone());
                }
            });
        }
    });
    list.visible = visible;
    list.rows = rows;
    if let Some(id) = clicked {
        cx.push(UiCommand::SelectAnnotation(Some(id)));
    }
    if state.selected_annotation().is_some() {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("annotation_editor_scroll")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                super::annotation_editor::annotation_editor(cx, editor, ui)
            });
    }
}

impl AnnotationListState {
    /// links (issue 13): shows only the annotations attributed to `source`
    /// through a link (a click on a bar of the Analytics window), or all.
    pub(crate) fn filter_attributed_to(&mut self, source: Option<String>) {
        self.attributed.set(source);
        self.key = None;
    }

    /// True once each time the selected annotation (`selected`) changes (to
    /// scroll the list).
    fn selection_changed(&mut self, selected: &Option<String>) -> bool {
        if self.last_selected != *selected {
            self.last_selected.clone_from(selected);
            selected.is_some()
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_and_rows_follow_the_project() {
        let mut p = Project::new("t");
        p.documents.push(crate::model::Document::new(
            "d",
            "D",
            "KCNA said 조선 tests went well.",
        ));
        p.annotations
            .push(Annotation::new("d", 10, 12, "조선", "claim", "kim").with_source("KCNA"));
        p.annotations.push(
            Annotation::new("d", 0, 9, "KCNA said", "attribution", "lee").with_source("KCNA"),
        );
        p.annotations
            .push(Annotation::new("other", 0, 1, "x", "claim", "kim"));
        let mut s = AnnotationListState::default();
        let rows = s.rows(&p, 1, Some("d"), &Default::default()).to_vec();
        assert_eq!(rows, vec![1, 0], "sorted by position, only this document");
        s.author = Some("kim".into());
        assert_eq!(s.rows(&p, 1, Some("d"), &Default::default()), &[0]);
        s.author = None;
        s.text = "조선".into();
        assert_eq!(s.rows(&p, 1, Some("d"), &Default::default()), &[0]);
        s.text.clear();
        s.label = Some("attribution".into());
        assert_eq!(s.rows(&p, 1, Some("d"), &Default::default()), &[1]);
        s.label = None;
        let rows = s.rows(&p, 1, Some("d"), &Default::default()).to_vec();
        assert_eq!(row_of(&rows, &p.annotations, &p.annotations[0]), Some(1));
        assert_eq!(row_of(&rows, &p.annotations, &p.annotations[1]), Some(0));
        assert_eq!(row_of(&rows, &p.annotations, &p.annotations[2]), None);
    }
}
