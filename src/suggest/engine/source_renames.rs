//! The loop of a pass that files people under a group by reading each
//! attribution once: later attributions with the same source take the same
//! group without being read again ("A shipping agent said …" … "the agent
//! added" after "she said").

use super::Found;
use crate::suggest::ATTRIBUTION;

/// Renames the source of each attribution of `found` (in text order) that
/// `read` gives a group for, from the attribution and its source; a later
/// attribution with a source already renamed takes the same group unread.
/// Each renamed attribution's `why` says "“source” read as group (reason)".
pub(super) fn rename_sources(
    found: &mut [Found],
    reason: &str,
    mut read: impl FnMut(&Found, &str) -> Option<String>,
) {
    let mut renamed: Vec<(String, String)> = Vec::new();
    for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
        let Some(source) = f.source.clone() else {
            continue;
        };
        let group = match renamed.iter().find(|(old, _)| *old == source) {
            Some((_, group)) => Some(group.clone()),
            None => {
                let group = read(f, &source);
                if let Some(g) = &group {
                    renamed.push((source.clone(), g.clone()));
                }
                group
            }
        };
        if let Some(group) = group {
            f.why
                .push_str(&format!(", “{source}” read as {group} ({reason})"));
            f.source = Some(group);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attribution(source: &str) -> Found {
        Found {
            start: 0,
            end: 1,
            label: ATTRIBUTION,
            source: Some(source.to_string()),
            rule: String::new(),
            score: 1.0,
            why: String::new(),
            back_reference: false,
        }
    }

    #[test]
    fn a_source_is_read_once_and_its_later_attributions_follow() {
        let mut found = vec![
            attribution("a dealer"),
            attribution("Reuters"),
            attribution("a dealer"),
        ];
        let mut reads = 0;
        rename_sources(&mut found, "a kind of people", |_, source| {
            reads += 1;
            (source == "a dealer").then(|| "dealers".to_string())
        });
        assert_eq!(reads, 2);
        let sources: Vec<_> = found.iter().map(|f| f.source.as_deref()).collect();
        assert_eq!(sources, [Some("dealers"), Some("Reuters"), Some("dealers")]);
        assert_eq!(
            found[2].why,
            ", “a dealer” read as dealers (a kind of people)"
        );
        assert!(found[1].why.is_empty());
    }
}
