//! Drawing the review view: the row that adds a colleague's project, the choosers
//! of annotators and document, the comparison, and the row that saves the curated
//! project. The state and what the buttons do are in [`super::ReviewView`].

use std::path::PathBuf;

use super::{ReviewAction, ReviewView, document, figures, lanes, list};

impl ReviewView {
    /// Draws the view; returns what the window should do (jump to a span).
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Vec<ReviewAction> {
        let mut actions = Vec::new();
        ui.heading("Compare with colleagues");
        self.add_row(ui);
        if !self.status.is_empty() {
            ui.label(&self.status);
        }
        if self.session.is_none() {
            ui.label("Open a project to review it against a colleague's.");
            return actions;
        }
        self.choosers(ui);
        self.save_row(ui);
        ui.separator();
        if !self.has_pair() {
            ui.label("Add a colleague's project and choose two different annotators to compare.");
            return actions;
        }
        self.refresh();
        if let Some(running) = &self.computing {
            // A large corpus: compared on a thread; the window stays responsive.
            let state = running.progress.state();
            let text = format!(
                "Comparing {} and {}: {}{}",
                self.a,
                self.b,
                state.phase,
                state
                    .fraction()
                    .map(|f| format!(" {:.0}%", f * 100.0))
                    .unwrap_or_else(|| "…".into())
            );
            ui.add(
                egui::ProgressBar::new(state.fraction().unwrap_or(0.0))
                    .desired_width(420.0)
                    .text(text),
            );
            ui.ctx()
                .request_repaint_after(crate::ui::background::REPAINT_EVERY);
            return actions;
        }
        let cache = self.cache.take();
        let comparison = cache.as_ref().and_then(|c| c.comparison.as_ref());
        lanes::show(self, ui, &mut actions);
        // The text gets half of the height, at least eight lines of the main view's
        // spacing; the list the rest.
        let eight_lines = 8.0
            * (crate::ui::settings::DEFAULT_FONT_SIZE
                * crate::ui::document_view::LINE_HEIGHT_FACTOR)
                .round();
        egui::ScrollArea::vertical()
            .id_salt("review-text")
            .max_height((ui.available_height() * 0.5).max(eight_lines))
            .min_scrolled_height(eight_lines)
            .show(ui, |ui| document::show(self, ui, cache.as_ref()));
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("review-body")
            .show(ui, |ui| {
                list::show(self, ui, comparison, &mut actions);
                ui.separator();
                figures::show(self, ui, cache.as_ref());
                // Room below the last item, so its buttons show in full.
                ui.add_space(2.0 * ui.spacing().interact_size.y);
            });
        if self.cache.is_none() {
            self.cache = cache;
        }
        actions
    }

    fn add_row(&mut self, ui: &mut egui::Ui) {
        // Wrapped: in a narrow window the buttons go under the path instead of
        // under the annotation list (seen in the real window at 1280 × 800).
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Colleague's project path");
            let edit = ui.add(
                egui::TextEdit::singleline(&mut self.add_path).hint_text("colleague.ron"),
            );
            let edit = edit.labelled_by(label.id);
            let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Add colleague's project").clicked() || enter)
                && !self.add_path.trim().is_empty()
            {
                let path = PathBuf::from(self.add_path.trim());
                if self.add_in_background {
                    self.requested_add = Some(path);
                } else if self.add_colleague(&path) {
                    self.add_path.clear();
                }
            }
            if ui.button("Browse…").clicked() {
                match rfd::FileDialog::new()
                    .add_filter("Marginalia project", &["ron"])
                    .pick_file()
                {
                    Some(path) if self.add_in_background => self.requested_add = Some(path),
                    Some(path) => {
                        self.add_colleague(&path);
                    }
                    None => self.say(
                        "No file chosen (on Linux the dialog needs an XDG portal or zenity); type the path instead",
                    ),
                }
            }
        });
    }

    fn choosers(&mut self, ui: &mut egui::Ui) {
        let Some(session) = &self.session else { return };
        let names = session.annotators();
        let docs: Vec<(String, String)> = session
            .corpus()
            .documents
            .iter()
            .map(|d| (d.document.id.clone(), d.document.title.clone()))
            .collect();
        ui.horizontal(|ui| {
            for (label, value) in [("Annotator A", &mut self.a), ("Annotator B", &mut self.b)] {
                let name = ui.label(label);
                egui::ComboBox::from_id_salt(label)
                    .selected_text(value.as_str())
                    .show_ui(ui, |ui| {
                        for n in &names {
                            ui.selectable_value(value, n.clone(), n);
                        }
                    })
                    .response
                    .labelled_by(name.id);
            }
        });
        // The document on a line of its own: a long title is cut, not widening the
        // window past the article.
        ui.horizontal(|ui| {
            let title = docs
                .iter()
                .find(|(id, _)| Some(id) == self.doc.as_ref())
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
            let name = ui.label("Document");
            egui::ComboBox::from_id_salt("review-document")
                .selected_text(title)
                .width((ui.available_width() - 24.0).clamp(120.0, 480.0))
                .truncate()
                .show_ui(ui, |ui| {
                    for (id, t) in &docs {
                        ui.selectable_value(&mut self.doc, Some(id.clone()), t);
                    }
                })
                .response
                .labelled_by(name.id);
        });
    }

    fn save_row(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Curated project path");
            ui.add(egui::TextEdit::singleline(&mut self.save_path))
                .labelled_by(label.id);
            if ui.button("Save curated project").clicked() && !self.save_path.trim().is_empty() {
                let path = PathBuf::from(self.save_path.trim());
                self.save_curated(&path);
            }
        });
    }
}
