//! A press digest's sections open with the outlet they read ("4. Global
//! Reader (Beijing, in Chinese), Wednesday: …", "Rodong Sinmun: “a routine
//! drill”"): "the paper said", "the magazine reported" in a section is that
//! section's outlet, not the one named first in the text. Read right after
//! [`super::named_earlier`], so that "It said" after it follows. Over the 27
//! sets the construction stands in fresh10 (98-pressreview, headings by
//! registry outlets, already right) and fresh25 (219-digest, numbered
//! entries).

use super::{ATTRIBUTION, Found, Suggester};

/// Nouns a digest reads its outlet back by, lower case.
const OUTLET_NOUNS: &[&str] = &[
    "paper",
    "newspaper",
    "magazine",
    "weekly",
    "daily",
    "outlet",
    "tabloid",
    "journal",
];

impl Suggester {
    /// Renames the sources of `found` (of `text`, in bytes) whose span
    /// names an outlet by its noun under a digest's section heading, as the
    /// module doc says.
    pub(super) fn name_digest_outlets(&self, text: &str, found: &mut [Found]) {
        // Whether the text is a digest (two headings at least), read once.
        let mut digest: Option<bool> = None;
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let span = text.get(f.start..f.end).unwrap_or_default();
            // Cheap first: "the NOUN" opens the span.
            let Some(rest) = span
                .strip_prefix("the ")
                .or_else(|| span.strip_prefix("The "))
            else {
                continue;
            };
            let noun = rest.split(' ').next().unwrap_or_default();
            if !OUTLET_NOUNS.contains(&noun) {
                continue;
            }
            let is_digest = *digest.get_or_insert_with(|| {
                text.lines().filter_map(heading_outlet).take(2).count() >= 2
            });
            if !is_digest {
                return;
            }
            let Some(name) = section_outlet(text, f.start) else {
                continue;
            };
            let name = self.index.normalise(&name);
            if f.source.as_deref() != Some(name.as_str()) {
                let old = f.source.clone().unwrap_or_default();
                f.why.push_str(&format!(
                    ", “{old}” read as {name} (the outlet its digest section opens with)"
                ));
                f.source = Some(name);
            }
        }
    }
}

/// The outlet the section holding byte `at` of `text` opens with: the
/// nearest heading line before it that names one ([`heading_outlet`]).
fn section_outlet(text: &str, at: usize) -> Option<String> {
    let before = text.get(..at)?;
    let mut lines = before.lines().rev();
    // The span's own line is no heading.
    lines.next();
    lines.find_map(heading_outlet)
}

/// The outlet a heading line names: capitalised words after an optional
/// item number, followed by a bracket or a colon ("4. Global Reader
/// (Beijing, in Chinese), Wednesday: …", "Chosun Ilbo: “서해 도발”"); two
/// words at least before a colon (not a field's label, "Insured:").
fn heading_outlet(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 200 || line.ends_with('.') {
        return None;
    }
    let line = match line.split_once(". ") {
        Some((number, rest)) if number.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => line,
    };
    let mut words = Vec::new();
    for w in line.split_whitespace().take(7) {
        if let Some(last) = w.strip_suffix(':') {
            if !last.starts_with(char::is_uppercase) {
                return None;
            }
            words.push(last);
            return (words.len() >= 2).then(|| words.join(" "));
        }
        if w.starts_with('(') {
            return (!words.is_empty()).then(|| words.join(" "));
        }
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        words.push(w);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_lines() {
        assert_eq!(
            heading_outlet("4. Global Reader (Beijing, in Chinese), Wednesday: “x”").as_deref(),
            Some("Global Reader")
        );
        assert_eq!(
            heading_outlet("Chosun Ilbo: “a drill”").as_deref(),
            Some("Chosun Ilbo")
        );
        assert_eq!(heading_outlet("Insured: Haemi Co., Busan"), None);
        assert_eq!(heading_outlet("1. WEATHER AND SEA STATE"), None);
        assert_eq!(heading_outlet("The paper said prices rose."), None);
    }
}
