//! "Merge with the file on disk", the third way out of the no-clobber prompt.

use std::path::Path;

use crate::edit::Edit;
use crate::ui::app::MarginaliaApp;
use crate::ui::install::NewProject;

/// Merges the window's work with `path` as it is on disk now: one undoable edit when
/// the edit model can express it (otherwise the project is replaced), left unsaved,
/// with the disk state recorded so that the next save writes over the file.
pub(crate) fn merge_disk_version(app: &mut MarginaliaApp, path: &Path) {
    let (disk, state) = match crate::store::load_project_with_state(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            app.set_error(format!("Could not merge: {e}"));
            return;
        }
    };
    let name = path.display().to_string();
    let merge = crate::store::merge_with_disk(app.state.editor.project(), &disk, &name);
    let applied = match merge.edit {
        Some(Edit::Batch(edits)) if edits.is_empty() => true,
        // A refused edit (the merge cannot be expressed as one) falls back to
        // installing the merged project below.
        Some(edit) => app.try_apply(edit).is_ok(),
        None => false,
    };
    // Unsaved until the next save writes the merge over the file.
    if applied {
        app.state.editor.mark_unsaved();
        app.state.safety.disk_state = Some(state);
    } else {
        let current = app.state.current_doc.clone();
        app.install(NewProject {
            disk_state: Some(state),
            unsaved: true,
            ..NewProject::saved(merge.merged, app.state.project_path.clone())
        });
        app.state.current_doc = current;
    }
    let current_exists = app
        .state
        .current_doc
        .as_deref()
        .is_some_and(|d| app.state.editor.project().document(d).is_some());
    if !current_exists {
        app.state.current_doc = app
            .state
            .editor
            .project()
            .documents
            .first()
            .map(|d| d.id.clone());
        app.state.selected = None;
    }
    let warnings = match merge.warnings.len() {
        0 => String::new(),
        n => format!(
            " ({}: {})",
            crate::model::text::plural(n, "warning"),
            merge.warnings.join("; ")
        ),
    };
    app.set_info(format!(
        "Merged with {name}: {} from disk; save to write both{warnings}",
        crate::export::import::plural(merge.from_disk, "annotation")
    ));
}
