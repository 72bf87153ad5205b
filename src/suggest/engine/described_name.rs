//! A sentence that opens with a description, its head a source word, then a
//! name ("*Ship-tracking company* Kpler told …", "*Data company* Lumen
//! said"): "company" is one of the rules' source words, so the name reader
//! took the description and the name as one name, while "Ship-tracking
//! *firm* Kpler" kept the name alone. The source is the name after the
//! head. Gold over the 32 sets: 11 attributions open "<Description>
//! <head> <Name>", every one filed under the name.

use super::{ATTRIBUTION, Found, Suggester};

/// The most words of the description before its head.
const MOST_WORDS: usize = 2;

impl Suggester {
    /// Files each attribution of `found` whose source is "<Capitalised
    /// description> <head of [`super::descriptor::DESCRIPTION_HEADS`]>
    /// <Name>" under the name.
    pub(super) fn name_after_description(&self, found: &mut [Found]) {
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            // Cheap first: a capitalised source of three words or more.
            if !source.starts_with(|c: char| c.is_ascii_uppercase())
                || source.matches(' ').count() < 2
            {
                continue;
            }
            let Some(name) = name_after_head(source) else {
                continue;
            };
            let name = self.index.normalise(name);
            f.why.push_str(&format!(
                ", “{source}” read as {name} (the name after its description)"
            ));
            f.source = Some(name);
        }
    }
}

/// The name after the description's head in `source`: the first word
/// capitalised, the others of the description in lower case, then the head,
/// then capitalised words only.
fn name_after_head(source: &str) -> Option<&str> {
    let words: Vec<&str> = source.split(' ').collect();
    let head = (1..=MOST_WORDS).find(|&i| {
        words
            .get(i)
            .is_some_and(|w| super::descriptor::DESCRIPTION_HEADS.contains(w))
    })?;
    let plain = words[1..head]
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let name = &words[head + 1..];
    let named = !name.is_empty() && name.iter().all(|w| w.starts_with(char::is_uppercase));
    if !plain || !named {
        return None;
    }
    let at: usize = words[..=head].iter().map(|w| w.len() + 1).sum();
    source.get(at..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_after_a_description() {
        assert_eq!(
            name_after_head("Ship-tracking company Kpler"),
            Some("Kpler")
        );
        assert_eq!(
            name_after_head("Data company Lumen Labs"),
            Some("Lumen Labs")
        );
        assert_eq!(name_after_head("Korea Electric Power Corporation"), None);
        assert_eq!(name_after_head("Hyundai company officials"), None);
    }
}
