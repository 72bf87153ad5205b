//! A bare spokesperson with no body before it among the attributions
//! speaks for a government body its own paragraph named before it: a
//! diary's entry "Beijing — China's foreign ministry holds its last
//! regular briefing. A spokeswoman said last week …" (fresh23; the
//! spokesperson reading of `spokesperson_body.rs` found no organisation
//! among the sources before it).

use super::Suggester;

/// The registry's government source a paragraph's text before a
/// spokesperson (`line`, from the paragraph's start) names: "China's
/// foreign ministry holds …" → "Chinese officials"; `None` when the
/// registry name it holds is no government's.
pub(super) fn paragraph_body(suggester: &Suggester, line: &str) -> Option<String> {
    // Cheap first: a ministry or government word in the paragraph.
    // Cheapest first, before lowering the paragraph: the words in any ASCII
    // case (no other character lowers to a letter of either word's run).
    let has = |w: &[u8]| (line.as_bytes().windows(w.len())).any(|x| x.eq_ignore_ascii_case(w));
    if !(has(b"ministry") || has(b"government")) {
        return None;
    }
    let lower = line.to_lowercase();
    if !(lower.contains("ministry") || lower.contains("government")) {
        return None;
    }
    let body = suggester.registry_name_in(line)?;
    suggester
        .registry()
        .sources
        .iter()
        .any(|s| s.name == body && s.kind == "government")
        .then_some(body)
}
