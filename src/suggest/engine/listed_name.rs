//! A body's name that lists its fields, "the Office of Roads, Rail and
//! Ports": the name finder stops at the list's comma and takes "Rail and
//! Ports" for the subject. A capitalised head with "of" before the comma
//! ("Office of Roads, ") and a last conjunct joined by "and" make one name,
//! read from capitalisation alone.

/// Before a name found at byte `name` of `sentence` that is a list's last
/// conjunct ("Rail and Ports"): the byte where the listing body's name
/// starts ("Office of Roads, Rail and Ports", with a possessive owner before
/// it, "Peru's Office of …"), or `None`.
pub(super) fn listed_name_start(sentence: &str, name: usize) -> Option<usize> {
    let rest = sentence.get(name..)?;
    let conjunct: Vec<&str> = rest.split(' ').take(4).collect();
    let joined = conjunct.windows(3).any(|w| {
        w[0].starts_with(char::is_uppercase)
            && w[1] == "and"
            && w[2].starts_with(char::is_uppercase)
    });
    if !joined || !conjunct[0].starts_with(char::is_uppercase) {
        return None;
    }
    let mut before = sentence.get(..name)?.strip_suffix(", ")?;
    // Earlier conjuncts: "Roads, Rail, " → capitalised words between commas.
    loop {
        let word_at = before.rfind(' ').map_or(0, |i| i + 1);
        let word = &before[word_at..];
        if !is_capital_word(word) {
            return None;
        }
        before = &before[..word_at];
        if let Some(b) = before.strip_suffix(", ") {
            before = b;
            continue;
        }
        if let Some(b) = before.strip_suffix(" of ") {
            before = b;
            break;
        }
        if before.ends_with(' ') && !before.is_empty() {
            before = before.strip_suffix(' ')?;
            continue;
        }
        return None;
    }
    // The head before "of": one capitalised word.
    let head_at = before.rfind(' ').map_or(0, |i| i + 1);
    let head = &before[head_at..];
    if !is_capital_word(head) {
        return None;
    }
    let lead = &before[..head_at];
    let owner_at = lead.trim_end().rfind(' ').map_or(0, |i| i + 1);
    let owner = lead.trim_end().get(owner_at..).unwrap_or_default();
    let possessive =
        owner.starts_with(char::is_uppercase) && (owner.ends_with("'s") || owner.ends_with("’s"));
    if possessive {
        // "South Korea's": the owner's capitalised words before it too.
        let mut start = owner_at;
        while start > 0 {
            let head = lead[..start].trim_end();
            let word_at = head.rfind(' ').map_or(0, |i| i + 1);
            if head.len() == lead[..start].len() || !is_capital_word(&head[word_at..]) {
                break;
            }
            start = word_at;
        }
        return Some(start);
    }
    let opens = lead.is_empty()
        || lead.ends_with("the ")
        || lead.ends_with("The ")
        || lead.trim_end().ends_with([',', ':', '“', '"', '(']);
    opens.then_some(head_at)
}

/// True when `word` is one capitalised word of letters (and hyphens).
fn is_capital_word(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(sentence: &str, name: &str) -> Option<String> {
        let at = sentence.find(name)?;
        listed_name_start(sentence, at).map(|s| sentence[s..].to_string())
    }

    #[test]
    fn a_listing_name_is_one_name() {
        assert_eq!(
            start("The Office of Roads, Rail and Ports said", "Rail and Ports").as_deref(),
            Some("Office of Roads, Rail and Ports said")
        );
        assert_eq!(
            start(
                "Chile's Department of Mines, Water and Energy told us",
                "Water and Energy"
            )
            .as_deref(),
            Some("Chile's Department of Mines, Water and Energy told us")
        );
        assert_eq!(
            start(
                "Later, New Zealand's Office of Fish, Parks and Trees said",
                "Parks and Trees"
            )
            .as_deref(),
            Some("New Zealand's Office of Fish, Parks and Trees said")
        );
        assert_eq!(
            start(
                "South Korea's Office of Fish, Parks and Trees said",
                "Parks and Trees"
            )
            .as_deref(),
            Some("South Korea's Office of Fish, Parks and Trees said")
        );
        assert_eq!(
            start(
                "the Bureau of Fish, Forests, Parks and Wildlife warned",
                "Parks and Wildlife"
            )
            .as_deref(),
            Some("Bureau of Fish, Forests, Parks and Wildlife warned")
        );
    }

    #[test]
    fn a_list_of_speakers_is_not_one_name() {
        // People listed, no "of" head: each stays.
        assert_eq!(
            start("After the vote, Lima and Quito said", "Lima and Quito"),
            None
        );
        assert_eq!(
            start(
                "In a town of farmers, Mendez and Ruiz said",
                "Mendez and Ruiz"
            ),
            None
        );
        assert_eq!(start("The Office of Roads, Rail said", "Rail"), None);
    }
}
