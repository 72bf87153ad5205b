//! The runner's side of the codebook and memo commands (issue 19): open the
//! windows, and turn a committed text into one undoable edit (nothing when the
//! text did not change).

use crate::edit::Edit;
use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;

impl MarginaliaApp {
    /// Runs a codebook or memo command.
    pub(crate) fn run_codebook_command(&mut self, command: UiCommand) {
        let project = self.project();
        let edit = match command {
            UiCommand::ShowCodebook => {
                self.codebook.codebook_open = true;
                None
            }
            UiCommand::ShowProjectMemo => {
                self.codebook.memo_open = true;
                None
            }
            UiCommand::SetLabelGuide {
                label,
                description,
                example,
            } => project
                .schema
                .label(&label)
                .is_none_or(|l| l.description != description || l.example != example)
                .then_some(Edit::SetLabelGuide {
                    label,
                    description,
                    example,
                }),
            UiCommand::SetProjectMemo(memo) => {
                (memo != project.memo).then_some(Edit::SetProjectMemo(memo))
            }
            UiCommand::SetDocumentMemo { doc, memo } => project
                .document(&doc)
                .is_none_or(|d| d.memo != memo)
                .then_some(Edit::SetDocumentMemo { doc, memo }),
            _ => None,
        };
        if let Some(edit) = edit {
            self.apply_edit(edit);
        }
    }
}
