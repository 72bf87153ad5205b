//! The current document's metadata (outlet, date, URL, byline, language) and the
//! analyst's "done" mark, editable: Apply (or Enter in a field) makes one undoable
//! edit; a date that cannot be read is refused with a one-line reason. Below them,
//! the document memo ([`crate::ui::memo`]).

use crate::model::{Document, DocumentMeta};

use super::super::command::UiCommand;
use super::super::state::PanelContext;

/// The fields being edited, for one document.
#[derive(Debug, Clone, Default)]
pub struct MetaEditor {
    /// The document the buffers were loaded from, and its metadata then.
    loaded: Option<(String, DocumentMeta)>,
    outlet: String,
    date: String,
    url: String,
    byline: String,
    language: String,
    /// Why the last Apply was refused.
    pub error: Option<String>,
    /// The document memo's box (codebook, issue 19).
    pub(crate) memo: crate::ui::memo::MemoBox,
}

impl MetaEditor {
    fn load(&mut self, doc: &Document) {
        let m = &*doc.meta;
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        self.outlet = text(&m.outlet);
        // The normalised date when there is one, else the date as written.
        self.date = m
            .date
            .clone()
            .or_else(|| m.date_original.clone())
            .unwrap_or_default();
        self.url = text(&m.url);
        self.byline = text(&m.byline);
        self.language = text(&m.language);
        self.loaded = Some((doc.id.clone(), m.clone()));
        self.error = None;
    }

    /// The metadata the fields describe, from `old`: the date re-read only when
    /// it was changed.
    pub fn to_meta(&self, old: &DocumentMeta) -> Result<DocumentMeta, String> {
        let mut m = old.clone();
        m.set_field("outlet", &self.outlet);
        m.set_field("url", &self.url);
        m.set_field("byline", &self.byline);
        m.set_field("language", &self.language);
        let shown = old
            .date
            .clone()
            .or_else(|| old.date_original.clone())
            .unwrap_or_default();
        if self.date.trim() != shown.trim() {
            m.set_date_checked(&self.date)
                .map_err(|e| format!("Date not changed: {e}"))?;
        }
        Ok(m)
    }
}

/// The fields, in the order shown.
const FIELDS: [&str; 5] = ["outlet", "date", "url", "byline", "language"];

/// The id of field `name`'s text box.
fn field_id(name: &str) -> egui::Id {
    egui::Id::unique(("meta", name))
}

/// Draws the editor for the current document.
pub(crate) fn show(cx: &mut PanelContext, editor: &mut MetaEditor, ui: &mut egui::Ui) {
    crate::ui::memo::commit_hidden_document_memo(cx, &mut editor.memo, ui.ctx()); // issue 19
    let Some(doc) = cx.state.current_document() else {
        return;
    };
    let stale = editor
        .loaded
        .as_ref()
        .is_none_or(|(id, meta)| *id != doc.id || *doc.meta != *meta);
    let editing = (ui.ctx().memory(|m| m.focused()))
        .is_some_and(|f| FIELDS.iter().any(|name| f == field_id(name)));
    if stale && !editing {
        editor.load(doc);
    }
    let analyst = cx.state.settings.analyst.trim().to_string();
    let mut apply = false;
    egui::CollapsingHeader::new("Document metadata")
        .default_open(false)
        .show(ui, |ui| {
            egui::Grid::new("meta_grid").num_columns(2).show(ui, |ui| {
                for (name, buffer, hint) in [
                    ("outlet", &mut editor.outlet, "KCNA"),
                    ("date", &mut editor.date, "2026-03-14T09:30:00+09:00"),
                    ("url", &mut editor.url, "https://…"),
                    ("byline", &mut editor.byline, "who wrote it"),
                    ("language", &mut editor.language, "en, ko"),
                ] {
                    let l = ui.label(capitalised(name));
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(buffer)
                                .id(field_id(name))
                                .hint_text(hint)
                                .desired_width(f32::INFINITY),
                        )
                        .labelled_by(l.id);
                    apply |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.end_row();
                }
            });
            if let Some(orig) = doc
                .meta
                .date_original
                .as_ref()
                .filter(|_| doc.meta.date.is_some())
            {
                ui.weak(format!("date as written: {orig}"));
            }
            ui.horizontal(|ui| {
                apply |= ui.button("Apply metadata").clicked();
                if ui.button("Revert").clicked() {
                    editor.load(doc);
                }
            });
            if let Some(e) = &editor.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        });
    let mine = !analyst.is_empty() && doc.is_done_by(&analyst);
    let mut done = mine;
    let who = if analyst.is_empty() {
        "you".to_string()
    } else {
        analyst.clone()
    };
    if ui.checkbox(&mut done, format!("Done ({who})")).changed() {
        cx.push(UiCommand::SetDocumentDone {
            doc: doc.id.clone(),
            done,
        });
    }
    if !doc.done_by.is_empty() {
        ui.weak(format!("done by {}", doc.done_by.join(", ")));
    }
    // codebook (issue 19): the document memo, one edit per commit.
    crate::ui::memo::document_memo(cx, &mut editor.memo, ui);
    if apply {
        match editor.to_meta(&doc.meta) {
            Ok(meta) if meta == *doc.meta => editor.error = None,
            Ok(meta) => {
                editor.error = None;
                cx.push(UiCommand::SetDocumentMeta {
                    doc: doc.id.clone(),
                    meta: Box::new(meta),
                });
            }
            Err(e) => {
                cx.error(e.clone());
                editor.error = Some(e);
            }
        }
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}
