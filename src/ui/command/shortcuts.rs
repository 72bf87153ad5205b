//! The keyboard side of [`UiCommand`]: each command's shortcut (tag keys from the
//! schema), extra keys, which work inside a text field, and the table the window
//! matches key presses against.
//!
//! (An `impl UiCommand` apart from `command.rs`, which keeps the list and the
//! names: this file is everything about keys.)

use egui::{Key, KeyboardShortcut, Modifiers};

use super::UiCommand;
use crate::model::TagSchema;

impl UiCommand {
    /// The keyboard shortcut, if any. Tag keys come from the schema.
    pub fn shortcut(&self, schema: &TagSchema) -> Option<KeyboardShortcut> {
        use UiCommand::*;
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let (mods, key) = match self {
            Open => (cmd, Key::O),
            Save => (cmd, Key::S),
            SaveAs => (cmd_shift, Key::S),
            Export => (cmd, Key::E),
            Quit => (cmd, Key::Q),
            Undo => (cmd, Key::Z),
            Redo => (cmd_shift, Key::Z),
            DeleteAnnotation => (Modifiers::NONE, Key::Delete),
            Deselect => (Modifiers::NONE, Key::Escape),
            NextAnnotation => (Modifiers::NONE, Key::CloseBracket),
            PreviousAnnotation => (Modifiers::NONE, Key::OpenBracket),
            Find => (cmd, Key::F),
            FindNext => (Modifiers::NONE, Key::F3),
            FindPrevious => (Modifiers::SHIFT, Key::F3),
            TextBigger => (cmd, Key::Equals),
            TextSmaller => (cmd, Key::Minus),
            TextReset => (cmd, Key::Num0),
            MoveEndForward => (Modifiers::SHIFT, Key::ArrowRight),
            MoveEndBackward => (Modifiers::SHIFT, Key::ArrowLeft),
            MoveStartForward => (Modifiers::ALT | Modifiers::SHIFT, Key::ArrowRight),
            MoveStartBackward => (Modifiers::ALT | Modifiers::SHIFT, Key::ArrowLeft),
            CommandPalette => (cmd_shift, Key::P),
            SearchCorpus => (cmd_shift, Key::F), // corpus (issue 12)
            NextDocument => (cmd, Key::PageDown),
            Sources(super::SourcesCommand::StartLink) => (Modifiers::NONE, Key::L), // issue 13
            PreviousDocument => (cmd, Key::PageUp),
            Suggest(c) => return c.shortcut(), // issue 11
            Tag(id) => {
                let key = schema.label(id)?.key.as_deref()?;
                (Modifiers::NONE, Key::from_name(key)?)
            }
            _ => return None,
        };
        Some(KeyboardShortcut::new(mods, key))
    }

    /// Further shortcuts that do the same (Ctrl+Y for Redo, Ctrl++ for larger text).
    pub fn extra_shortcuts(&self) -> Vec<KeyboardShortcut> {
        match self {
            UiCommand::Redo => vec![KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)],
            UiCommand::TextBigger => vec![KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus)],
            UiCommand::NextAnnotation => {
                vec![KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown)]
            }
            UiCommand::PreviousAnnotation => {
                vec![KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp)]
            }
            UiCommand::Suggest(c) => c.extra_shortcuts(), // issue 11
            _ => Vec::new(),
        }
    }

    /// True when the shortcut must also work while a text field has the keyboard
    /// (Ctrl+S does; Delete, 1/2/3 and Ctrl+Z belong to the field then).
    pub fn works_in_text_field(&self) -> bool {
        use UiCommand::*;
        matches!(
            self,
            Open | Save
                | SaveAs
                | Quit
                | Find
                | FindNext
                | FindPrevious
                | TextBigger
                | TextSmaller
                | TextReset
                | CommandPalette
                | SearchCorpus
                | NextDocument
                | PreviousDocument
        )
    }
}

/// The shortcuts of `commands` in the order they must be tested: most modifiers
/// first, since egui ignores extra Shift and Alt when matching (Ctrl+Shift+S must be
/// seen before Ctrl+S swallows it).
pub fn shortcut_table(
    commands: &[UiCommand],
    schema: &TagSchema,
) -> Vec<(KeyboardShortcut, UiCommand)> {
    let mut table: Vec<(KeyboardShortcut, UiCommand)> = commands
        .iter()
        .flat_map(|c| {
            c.shortcut(schema)
                .into_iter()
                .chain(c.extra_shortcuts())
                .map(move |s| (s, c.clone()))
        })
        .collect();
    let weight =
        |m: Modifiers| usize::from(m.shift) + usize::from(m.alt) + usize::from(m.ctrl || m.command);
    table.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_command_has_a_name_and_tags_follow_the_schema() {
        let schema = TagSchema::default();
        let all = UiCommand::listed(&schema);
        for c in &all {
            assert!(!c.text(&schema).is_empty());
        }
        let tag = UiCommand::Tag("claim".into());
        assert!(all.contains(&tag));
        assert_eq!(
            tag.shortcut(&schema),
            Some(KeyboardShortcut::new(Modifiers::NONE, Key::Num1))
        );
        assert_eq!(tag.text(&schema), "Tag as Claim");
    }

    #[test]
    fn no_two_commands_share_a_shortcut_and_specific_ones_come_first() {
        let schema = TagSchema::default();
        let table = shortcut_table(&UiCommand::listed(&schema), &schema);
        for (i, (a, _)) in table.iter().enumerate() {
            for (b, _) in &table[i + 1..] {
                assert_ne!(a, b);
            }
        }
        let pos = |c: UiCommand| table.iter().position(|(_, x)| *x == c).unwrap();
        assert!(pos(UiCommand::SaveAs) < pos(UiCommand::Save));
        assert!(pos(UiCommand::Redo) < pos(UiCommand::Undo));
        assert!(pos(UiCommand::MoveStartForward) < pos(UiCommand::MoveEndForward));
    }
}
