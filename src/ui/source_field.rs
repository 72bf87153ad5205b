//! The source field with completion, shared by the attribution popup (when tagging)
//! and the annotation editor (when changing a source): the sources the project
//! already uses and the schema's list, filtered as the analyst types (prefix matches
//! first), ↑/↓ to pick, Enter to accept, a click on a suggestion to take it.
//!
//! The matching itself ([`suggestions`], [`accepted`]) is plain logic with tests.

use egui::{Key, Modifiers};

/// Completion state kept between frames for one source field.
#[derive(Debug, Clone, Default)]
pub struct SourceCompletion {
    /// The suggestion picked with ↑/↓, if any.
    pub highlighted: Option<usize>,
    /// Where the suggestion list was drawn last frame (a press there is a pick,
    /// not the analyst leaving the field).
    list_rect: Option<egui::Rect>,
    /// sources (issue 13): alias → canonical name, so the list shows an alias as
    /// "조선중앙통신 → KCNA" (what will be stored). Set by the field's owner.
    pub aliases: std::sync::Arc<AliasNames>,
}

/// Alias → canonical name, for the aliases of a registry that differ from their
/// source's name ([`alias_names`]).
pub type AliasNames = std::collections::HashMap<String, String>;

/// The aliases of `registry` with the canonical name each stands for (a name that
/// is also used as a source's own name is left out).
pub fn alias_names(registry: &crate::model::SourceRegistry) -> AliasNames {
    let own: std::collections::HashSet<&str> =
        registry.sources.iter().map(|s| s.name.as_str()).collect();
    (registry.sources.iter())
        .flat_map(|s| s.aliases.iter().map(move |a| (a, &s.name)))
        .filter(|(a, _)| !own.contains(a.as_str()))
        .map(|(a, name)| (a.clone(), name.clone()))
        .collect()
}

/// How suggestion `name` is listed: "alias → canonical" for an alias, else itself.
pub fn shown_suggestion(aliases: &AliasNames, name: &str) -> String {
    match aliases.get(name) {
        Some(canonical) => format!("{name} → {canonical}"),
        None => name.to_string(),
    }
}

/// What the field did this frame.
pub struct SourceFieldOutput {
    /// The text field's response (focus, lost focus, changed).
    pub response: egui::Response,
    /// A source accepted with Enter (the highlighted or completed suggestion, else
    /// the typed text) or by a click on a suggestion.
    pub accepted: Option<String>,
    /// True while the pointer is pressed on the suggestion list: losing the focus
    /// then is not the analyst leaving the field.
    pub picking: bool,
}

/// How the list below the field is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListMode {
    /// Always (the popup, whose only purpose is this field).
    Always,
    /// While the field has the keyboard (the editor, among other fields).
    WhileFocused,
}

/// Draws the source text field and its suggestion list. ↑/↓ are taken from the
/// keyboard only while the field has the focus (or always, with
/// [`ListMode::Always`]).
pub fn source_field(
    ui: &mut egui::Ui,
    id: egui::Id,
    text: &mut String,
    known: &[String],
    state: &mut SourceCompletion,
    hint: &str,
    mode: ListMode,
) -> SourceFieldOutput {
    let focused = ui.memory(|m| m.has_focus(id));
    let pointer = ui.input(|i| i.pointer.interact_pos());
    let picking = ui.input(|i| i.pointer.any_down() || i.pointer.any_released())
        && pointer.is_some_and(|p| state.list_rect.is_some_and(|r| r.contains(p)));
    let keys = mode == ListMode::Always || focused;
    let list = suggestions(known, text);
    if keys {
        let (down, up) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
            )
        });
        let last = list.len().saturating_sub(1);
        if down && !list.is_empty() {
            state.highlighted = Some(state.highlighted.map_or(0, |h| (h + 1).min(last)));
        }
        if up {
            state.highlighted = state.highlighted.and_then(|h| h.checked_sub(1));
        }
    }
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .id(id)
            .hint_text(hint)
            .desired_width(f32::INFINITY),
    );
    if response.changed() {
        state.highlighted = None;
    }
    let mut accepted = None;
    if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
        accepted = Some(self::accepted(text, &list, state.highlighted));
    }
    let show = match mode {
        ListMode::Always => true,
        ListMode::WhileFocused => response.has_focus() || picking,
    };
    state.list_rect = None;
    if show && !list.is_empty() {
        let shown = egui::ScrollArea::vertical()
            .id_salt(id.with("suggestions"))
            .max_height(if mode == ListMode::Always {
                200.0
            } else {
                120.0
            })
            .show(ui, |ui| {
                for (i, s) in list.iter().enumerate() {
                    let on = state.highlighted == Some(i);
                    let r = ui.selectable_label(on, shown_suggestion(&state.aliases, s));
                    if on {
                        r.scroll_to_me(None);
                    }
                    if r.clicked() {
                        accepted = Some(s.clone());
                    }
                }
            });
        state.list_rect = Some(shown.inner_rect);
    }
    if accepted.is_some() {
        state.highlighted = None;
    }
    SourceFieldOutput {
        response,
        accepted,
        picking,
    }
}

/// The suggestions for `query` among `known`: those starting with it first, then
/// those containing it, case-insensitively.
pub fn suggestions(known: &[String], query: &str) -> Vec<String> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return known.to_vec();
    }
    let mut starts: Vec<String> = Vec::new();
    let mut contains: Vec<String> = Vec::new();
    for s in known {
        let l = s.to_lowercase();
        if l.starts_with(&q) {
            starts.push(s.clone());
        } else if l.contains(&q) {
            contains.push(s.clone());
        }
    }
    starts.extend(contains);
    starts
}

/// sources (issue 13): the names completion offers — `known` (sources in use,
/// then the schema's), followed by every canonical name and alias of `registry`
/// not already among them (ASCII case ignored), so that typing "조선" or "Korean
/// Central" finds KCNA. What is accepted is stored as its canonical name
/// ([`canonical_source`]).
pub fn completion_names(known: &[String], registry: &crate::model::SourceRegistry) -> Vec<String> {
    let mut out = known.to_vec();
    let mut seen: std::collections::HashSet<String> =
        known.iter().map(|s| s.to_lowercase()).collect();
    for (name, _) in registry.names() {
        if seen.insert(name.to_lowercase()) {
            out.push(name.to_string());
        }
    }
    out
}

/// sources (issue 13): `source` as stored — the registry's canonical name when it
/// is a name or alias of a registered source, else the text as typed (trimmed).
pub fn canonical_source(registry: &crate::model::SourceRegistry, source: &str) -> String {
    registry
        .canonical(source)
        .map_or_else(|| source.trim().to_string(), str::to_string)
}

/// What Enter accepts: the highlighted suggestion, else the first suggestion that
/// starts with the typed text, else the typed text itself.
pub fn accepted(query: &str, suggestions: &[String], highlighted: Option<usize>) -> String {
    if let Some(s) = highlighted.and_then(|i| suggestions.get(i)) {
        return s.clone();
    }
    let q = query.trim();
    if let Some(exact) = suggestions.iter().find(|s| s.eq_ignore_ascii_case(q)) {
        return exact.clone();
    }
    suggestions
        .iter()
        .find(|s| !q.is_empty() && s.to_lowercase().starts_with(&q.to_lowercase()))
        .cloned()
        .unwrap_or_else(|| q.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        ["KCNA", "NK News", "Daily NK", "NK Pro", "Yonhap"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn suggestions_put_prefix_matches_first() {
        assert_eq!(
            suggestions(&known(), "nk"),
            ["NK News", "NK Pro", "Daily NK"]
        );
        assert_eq!(suggestions(&known(), "").len(), 5);
        assert!(suggestions(&known(), "조선").is_empty());
    }

    #[test]
    fn aliases_complete_and_are_stored_as_the_canonical_name() {
        let registry = crate::model::SourceRegistry::builtin();
        let names = completion_names(&known(), &registry);
        assert_eq!(names[..5], known()[..], "sources in use come first");
        assert_eq!(names.iter().filter(|n| n.as_str() == "KCNA").count(), 1);
        let typed = suggestions(&names, "조선");
        assert!(typed.contains(&"조선중앙통신".to_string()), "{typed:?}");
        let picked = accepted("조선", &typed, None);
        assert_eq!(canonical_source(&registry, &picked), "KCNA");
        let picked = accepted(
            "korean central",
            &suggestions(&names, "korean central"),
            None,
        );
        assert_eq!(canonical_source(&registry, &picked), "KCNA");
        assert_eq!(
            canonical_source(&registry, " a new outlet "),
            "a new outlet"
        );
        let aliases = alias_names(&registry);
        assert_eq!(
            shown_suggestion(&aliases, "조선중앙통신"),
            "조선중앙통신 → KCNA"
        );
        assert_eq!(shown_suggestion(&aliases, "KCNA"), "KCNA");
    }

    #[test]
    fn enter_takes_highlight_then_prefix_then_typed_text() {
        let list = suggestions(&known(), "yon");
        assert_eq!(accepted("yon", &list, None), "Yonhap");
        assert_eq!(
            accepted("nk", &suggestions(&known(), "nk"), Some(2)),
            "Daily NK"
        );
        assert_eq!(accepted("kcna", &list, None), "kcna");
        assert_eq!(accepted(" 조선중앙통신 ", &[], None), "조선중앙통신");
    }
}
