//! The Sources window (issue 13): the project's source registry — canonical name,
//! kind, aliases — with rename, merge two sources, add or remove an alias, change
//! a kind and add a source. Each is one undoable edit built by `edit::links`, which
//! also updates every annotation naming the source. Also the Analytics window
//! (`analytics.rs`).

mod analytics;
mod command;
mod runner;

pub use analytics::AnalyticsWindow;
use analytics::show_analytics;
pub use command::SourcesCommand;

use crate::model::{SourceKind, SourceRegistry};
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// A change to the registry asked for in the Sources window.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceEdit {
    /// Rename source `old` to `new` (the old name becomes an alias).
    Rename {
        /// The current canonical name.
        old: String,
        /// The new one.
        new: String,
    },
    /// Merge source `from` into `into`.
    Merge {
        /// The source that goes.
        from: String,
        /// The source that stays.
        into: String,
    },
    /// Add an alias to a source.
    AddAlias {
        /// The source.
        name: String,
        /// The other name.
        alias: String,
    },
    /// Remove an alias from a source.
    RemoveAlias {
        /// The source.
        name: String,
        /// The alias.
        alias: String,
    },
    /// Change a source's kind.
    SetKind {
        /// The source.
        name: String,
        /// Its new kind.
        kind: SourceKind,
    },
    /// Add a new source.
    Add {
        /// Its canonical name.
        name: String,
        /// Its kind.
        kind: SourceKind,
    },
}

/// The state of both windows of this module.
#[derive(Debug, Default)]
pub struct SourcesWindows {
    /// The Sources window (the registry).
    pub registry: SourcesWindow,
    /// The Source analytics window.
    pub analytics: AnalyticsWindow,
}

/// Draws the Sources and the Analytics windows, those open.
pub(crate) fn show_windows(cx: &mut PanelContext, own: &mut SourcesWindows, ctx: &egui::Context) {
    show_sources(cx, &mut own.registry, ctx);
    show_analytics(cx, &mut own.analytics, ctx);
}

/// The Sources window's own state.
#[derive(Debug, Default)]
pub struct SourcesWindow {
    /// Shown?
    pub open: bool,
    /// The registry as of `generation` (the built-in one is parsed once, not per
    /// frame).
    registry: Option<(u64, SourceRegistry)>,
    /// Only sources whose name or aliases contain this.
    filter: String,
    /// The source being edited.
    selected: Option<String>,
    /// The new name typed for it.
    rename: String,
    /// The alias typed for it.
    alias: String,
    /// The source to merge it into, as typed, and its completion.
    merge_into: String,
    merge_completion: crate::ui::source_field::SourceCompletion,
    /// A new source's name and kind.
    new_name: String,
    new_kind: Option<SourceKind>,
}

impl SourcesWindow {
    fn registry(&mut self, cx: &PanelContext) -> &SourceRegistry {
        let generation = cx.state.editor.generation();
        if self.registry.as_ref().is_none_or(|(g, _)| *g != generation) {
            let r = cx.state.editor.project().source_registry().into_owned();
            self.registry = Some((generation, r));
        }
        &self.registry.get_or_insert_with(Default::default).1
    }
}

/// Draws the Sources window when it is open.
fn show_sources(cx: &mut PanelContext, own: &mut SourcesWindow, ctx: &egui::Context) {
    if !own.open {
        return;
    }
    let mut open = true;
    let registry = own.registry(cx).clone();
    let mut edits = Vec::new();
    egui::Window::new("Sources")
        .open(&mut open)
        .default_size([520.0, 460.0])
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("sources_window_scroll")
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        let l = ui.label("Find source");
                        ui.add(
                            egui::TextEdit::singleline(&mut own.filter)
                                .hint_text("name or alias…")
                                .desired_width(160.0),
                        )
                        .labelled_by(l.id);
                        ui.weak(crate::model::text::plural(registry.sources.len(), "source"));
                    });
                    ui.separator();
                    source_list(ui, own, &registry);
                    ui.separator();
                    if let Some(name) = own.selected.clone()
                        && let Some(source) = registry.sources.iter().find(|s| s.name == name)
                    {
                        source_details(ui, own, &registry, source, &mut edits);
                    } else {
                        ui.weak("Click a source to rename it, merge it, or edit its aliases.");
                    }
                    ui.separator();
                    new_source(ui, own, &mut edits);
                });
        });
    own.open = open;
    for e in edits {
        cx.push(UiCommand::Sources(SourcesCommand::Edit(e)));
    }
}

fn source_list(ui: &mut egui::Ui, own: &mut SourcesWindow, registry: &SourceRegistry) {
    let filter = own.filter.trim().to_lowercase();
    egui::ScrollArea::vertical()
        .id_salt("sources_list")
        .max_height(140.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for s in &registry.sources {
                let matches = filter.is_empty()
                    || std::iter::once(&s.name)
                        .chain(&s.aliases)
                        .any(|n| n.to_lowercase().contains(&filter));
                if !matches {
                    continue;
                }
                let on = own.selected.as_deref() == Some(s.name.as_str());
                let text = format!(
                    "{} · {} · {}",
                    s.name,
                    s.kind_of().label(),
                    crate::model::text::plural(s.aliases.len(), "alias")
                );
                if ui.selectable_label(on, text).clicked() {
                    own.selected = Some(s.name.clone());
                    own.rename = s.name.clone();
                    own.alias.clear();
                    own.merge_into.clear();
                }
            }
        });
}

fn source_details(
    ui: &mut egui::Ui,
    own: &mut SourcesWindow,
    registry: &SourceRegistry,
    source: &crate::model::Source,
    edits: &mut Vec<SourceEdit>,
) {
    let name = source.name.clone();
    ui.label(egui::RichText::new(&name).strong());
    egui::Grid::new("source_details")
        .num_columns(2)
        .show(ui, |ui| {
            let l = ui.label("New name");
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut own.rename).desired_width(180.0))
                    .labelled_by(l.id);
                let changed = !own.rename.trim().is_empty() && own.rename.trim() != name;
                if ui
                    .add_enabled(changed, egui::Button::new("Rename"))
                    .clicked()
                {
                    edits.push(SourceEdit::Rename {
                        old: name.clone(),
                        new: own.rename.trim().to_string(),
                    });
                    own.selected = Some(own.rename.trim().to_string());
                }
            });
            ui.end_row();

            let l = ui.label("Kind");
            let current = source.kind_of();
            let mut kind = current;
            egui::ComboBox::from_id_salt("source_kind")
                .selected_text(current.label())
                .show_ui(ui, |ui| {
                    for k in SourceKind::ALL {
                        ui.selectable_value(&mut kind, k, k.label());
                    }
                })
                .response
                .labelled_by(l.id);
            if kind != current {
                edits.push(SourceEdit::SetKind {
                    name: name.clone(),
                    kind,
                });
            }
            ui.end_row();

            ui.label("Aliases");
            ui.horizontal_wrapped(|ui| {
                ui.set_max_width(360.0);
                for a in &source.aliases {
                    ui.label(a);
                    if ui
                        .small_button("×")
                        .on_hover_text(format!("Remove the alias “{a}”"))
                        .clicked()
                    {
                        edits.push(SourceEdit::RemoveAlias {
                            name: name.clone(),
                            alias: a.clone(),
                        });
                    }
                }
            });
            ui.end_row();

            let l = ui.label("New alias");
            ui.horizontal(|ui| {
                let r = ui
                    .add(egui::TextEdit::singleline(&mut own.alias).desired_width(180.0))
                    .labelled_by(l.id);
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let ok = !own.alias.trim().is_empty();
                if (ui.add_enabled(ok, egui::Button::new("Add alias")).clicked() || enter) && ok {
                    edits.push(SourceEdit::AddAlias {
                        name: name.clone(),
                        alias: std::mem::take(&mut own.alias).trim().to_string(),
                    });
                }
            });
            ui.end_row();

            let l = ui.label("Merge into");
            ui.vertical(|ui| {
                // Typed with completion: a registry has dozens of sources.
                let names: Vec<String> = registry
                    .sources
                    .iter()
                    .filter(|s| s.name != name)
                    .map(|s| s.name.clone())
                    .collect();
                let out = crate::ui::source_field::source_field(
                    ui,
                    egui::Id::unique("source_merge_into"),
                    &mut own.merge_into,
                    &names,
                    &mut own.merge_completion,
                    "the source that stays",
                    crate::ui::source_field::ListMode::WhileFocused,
                );
                out.response.labelled_by(l.id);
                if let Some(picked) = out.accepted {
                    own.merge_into = picked;
                }
                let into = own.merge_into.trim().to_string();
                if ui
                    .add_enabled(!into.is_empty(), egui::Button::new("Merge"))
                    .on_hover_text(format!(
                        "“{name}” and its aliases become aliases of the source typed above"
                    ))
                    .clicked()
                {
                    edits.push(SourceEdit::Merge {
                        from: name.clone(),
                        into: into.clone(),
                    });
                    own.selected = Some(into);
                    own.merge_into.clear();
                }
            });
            ui.end_row();
        });
}

fn new_source(ui: &mut egui::Ui, own: &mut SourcesWindow, edits: &mut Vec<SourceEdit>) {
    ui.horizontal(|ui| {
        let l = ui.label("New source");
        ui.add(egui::TextEdit::singleline(&mut own.new_name).desired_width(160.0))
            .labelled_by(l.id);
        let kind = own.new_kind.get_or_insert(SourceKind::Other);
        egui::ComboBox::from_id_salt("new_source_kind")
            .selected_text(kind.label())
            .show_ui(ui, |ui| {
                for k in SourceKind::ALL {
                    ui.selectable_value(kind, k, k.label());
                }
            });
        let kind = *kind;
        let ok = !own.new_name.trim().is_empty();
        if ui
            .add_enabled(ok, egui::Button::new("Add source"))
            .clicked()
        {
            edits.push(SourceEdit::Add {
                name: std::mem::take(&mut own.new_name).trim().to_string(),
                kind,
            });
        }
    });
}
