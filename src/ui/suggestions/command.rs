//! The suggestion commands (issue 11), one [`UiCommand::Suggest`] variant each, so
//! the menus, the shortcuts and the command palette list them from the one
//! [`UiCommand`] list like every other command.
//!
//! [`UiCommand::Suggest`]: crate::ui::command::UiCommand::Suggest
//! [`UiCommand`]: crate::ui::command::UiCommand

use egui::{Key, KeyboardShortcut, Modifiers};

/// One thing to do with suggestions.
#[derive(Debug, Clone, PartialEq)]
pub enum SuggestCommand {
    /// Show or hide suggestions (kept in the settings).
    Toggle,
    /// Accept the suggestion under the text selection (or the current / next one).
    Accept,
    /// Reject that suggestion: saved in the project, never suggested again.
    Reject,
    /// Select the next suggestion in the text.
    Next,
    /// Select the previous suggestion in the text.
    Previous,
    /// Accept every suggestion of the document made by the current one's rule, as
    /// one undoable step.
    AcceptAllOfRule,
    /// Accept every suggestion of the document with the current one's label, as one
    /// undoable step.
    AcceptAllOfLabel,
    /// Switch off the current suggestion's rule ("don't suggest this rule").
    DisableRule,
    /// Suggest the selected annotation's text everywhere else in the document.
    TagAllOccurrences,
    /// Show each rule's precision and recall against the project's annotations.
    ShowRules,
    /// Make suggestion number `.0` of the list the current one, selected in the text.
    Select(usize),
    /// Open the rules window's editor on the project's rules file (the built-in
    /// rules' text when it has none).
    EditRules,
    /// Save this text as the project's rules file (`NAME.rules.ron`), compiled
    /// first; the suggestions are computed again with it.
    SaveRules(String),
    /// Back to the built-in rules: the project's rules file is kept as
    /// `NAME.rules.ron.bak`.
    BuiltinRules,
    /// Switch a rule on or off (the rules window's check boxes).
    SetRule {
        /// The rule id.
        rule: String,
        /// On or off.
        enabled: bool,
    },
    /// Switch the rules' suggestions on or off (all rules at once).
    SetRules(bool),
    /// Switch the learned model's suggestions on or off.
    SetModel(bool),
    /// Stop the learned model's training (the model is switched off; the rules'
    /// suggestions stay).
    CancelTraining,
}

impl SuggestCommand {
    /// The commands listed in menus, the palette and the shortcut list.
    pub const LISTED: [SuggestCommand; 10] = [
        SuggestCommand::Toggle,
        SuggestCommand::Accept,
        SuggestCommand::Reject,
        SuggestCommand::Next,
        SuggestCommand::Previous,
        SuggestCommand::AcceptAllOfRule,
        SuggestCommand::AcceptAllOfLabel,
        SuggestCommand::DisableRule,
        SuggestCommand::TagAllOccurrences,
        SuggestCommand::ShowRules,
    ];

    /// The name shown in menus and the palette.
    pub fn text(&self) -> &'static str {
        use SuggestCommand::*;
        match self {
            Toggle => "Suggestions",
            Accept => "Accept suggestion",
            Reject => "Reject suggestion",
            Next => "Next suggestion",
            Previous => "Previous suggestion",
            AcceptAllOfRule => "Accept all of this rule",
            AcceptAllOfLabel => "Accept all of this label",
            DisableRule => "Don't suggest this rule",
            TagAllOccurrences => "Tag all occurrences",
            ShowRules => "Suggestion rules…",
            Select(_) => "Select suggestion",
            EditRules => "Edit suggestion rules…",
            SaveRules(_) => "Save suggestion rules",
            BuiltinRules => "Back to built-in suggestion rules",
            SetRule { .. } => "Switch a suggestion rule on or off",
            SetRules(_) => "Switch the rules' suggestions on or off",
            SetModel(_) => "Switch the learned model's suggestions on or off",
            CancelTraining => "Cancel training",
        }
    }

    /// The keyboard shortcut, if any.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        use SuggestCommand::*;
        let (mods, key) = match self {
            Toggle => (Modifiers::COMMAND | Modifiers::SHIFT, Key::G),
            Accept => (Modifiers::NONE, Key::Enter),
            Reject => (Modifiers::NONE, Key::Backspace),
            Next => (Modifiers::NONE, Key::Tab),
            Previous => (Modifiers::SHIFT, Key::Tab),
            TagAllOccurrences => (Modifiers::COMMAND | Modifiers::SHIFT, Key::A),
            _ => return None,
        };
        Some(KeyboardShortcut::new(mods, key))
    }

    /// Further shortcuts that do the same.
    pub fn extra_shortcuts(&self) -> Vec<KeyboardShortcut> {
        Vec::new()
    }

    /// True for the suggestion keys (Enter, Backspace, Tab, Shift+Tab): they act only
    /// while suggestions are shown (and no text field has the keyboard), and leave
    /// the keys to egui otherwise.
    pub fn needs_suggestions(&self) -> bool {
        use SuggestCommand::*;
        matches!(self, Accept | Reject | Next | Previous)
    }
}
