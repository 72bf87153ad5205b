//! The documents table's column headers (click to sort, again to reverse) and the
//! widths of its columns.

use crate::model::Project;
use crate::search::{DocumentFacts, SortBy};

use super::DocumentsTable;

/// Column widths: outlet, date, one per label count, annotators and progress;
/// the title takes what is left.
pub(super) const OUTLET_W: f32 = 62.0;
pub(super) const DATE_W: f32 = 76.0;
pub(super) const COUNT_W: f32 = 24.0;
pub(super) const WHO_W: f32 = 56.0;
pub(super) const PROGRESS_W: f32 = 26.0;

/// The widths of the columns in order across `width`: the title takes what the
/// fixed columns leave (at least 40 points).
pub(super) fn column_widths(width: f32, labels: usize) -> Vec<f32> {
    let mut fixed = vec![OUTLET_W, DATE_W];
    fixed.extend(std::iter::repeat_n(COUNT_W, labels));
    fixed.extend([WHO_W, PROGRESS_W]);
    // Whole points: a panel width that moves by a fraction must not re-lay rows.
    let title = (width - fixed.iter().sum::<f32>()).max(40.0).floor();
    std::iter::once(title).chain(fixed).collect()
}

/// The column headers: click to sort, again to reverse.
pub(super) fn header(
    ui: &mut egui::Ui,
    table: &mut DocumentsTable,
    facts: &DocumentFacts,
    project: &Project,
) {
    let mut columns: Vec<(String, SortBy, f32)> = vec![
        ("Title".into(), SortBy::Title, 0.0),
        ("Outlet".into(), SortBy::Outlet, OUTLET_W),
        ("Date".into(), SortBy::Date, DATE_W),
    ];
    for (k, id) in facts.labels.iter().enumerate() {
        let name = project
            .schema
            .label(id)
            .map_or(id.as_str(), |l| l.name.as_str());
        columns.push((name.chars().take(2).collect(), SortBy::Label(k), COUNT_W));
    }
    columns.push(("By".into(), SortBy::Annotators, WHO_W));
    columns.push(("✔".into(), SortBy::Progress, PROGRESS_W));
    let fixed: f32 = columns.iter().map(|c| c.2).sum();
    let flex = (ui.available_width() - fixed).max(40.0);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 0.0;
        for (name, by, w) in columns {
            let w = if w == 0.0 { flex } else { w };
            let arrow = match (table.sort == by, table.descending) {
                (true, false) => " ⏶",
                (true, true) => " ⏷",
                _ => "",
            };
            let b = egui::Button::new(format!("{name}{arrow}"))
                .frame(false)
                .truncate()
                .min_size(egui::vec2(w, 0.0));
            let r = ui.add_sized([w, ui.spacing().interact_size.y], b);
            let r = match by {
                SortBy::Label(k) => {
                    let id = facts.labels.get(k).map_or("", String::as_str);
                    let full = project.schema.label(id).map_or(id, |l| l.name.as_str());
                    r.on_hover_text(format!("Annotations labelled {full}"))
                }
                SortBy::Annotators => r.on_hover_text("Who annotated (sorts by how many)"),
                SortBy::Progress => {
                    // Shown as a mark; named in words for screen readers and tests.
                    r.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, "Progress")
                    });
                    r.on_hover_text("Your progress: – untouched, … in progress, ✔ done")
                }
                _ => r,
            };
            if r.clicked() {
                if table.sort == by {
                    table.descending = !table.descending;
                } else {
                    table.sort = by;
                    // Counts and dates: the largest / latest first.
                    table.descending = !matches!(by, SortBy::Title | SortBy::Outlet);
                }
            }
        }
    });
}
