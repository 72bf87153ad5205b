//! Titles and memberships that make a person a lawmaker where
//! [`super::person_role`]'s reading of a name's title does not reach: a
//! capitalised title opening the source ("Opposition lawmaker X"), a party's
//! spokesperson without a name, "a member of parliament", and a member of a
//! political group of the European Parliament.

use super::Suggester;
use super::person_role::{Role, ends_in_role, role_in};

impl Suggester {
    /// "Opposition lawmaker Lee Da-som", "A ruling party spokesperson": a
    /// source that is a role's title (capitalised or not) and perhaps a name
    /// after it, the role's group ([`role_in`]; the title must end in the
    /// role's word). `None` for other sources.
    pub(super) fn titled_lead_group(&self, source: &str, dateline: Option<&str>) -> Option<String> {
        let words: Vec<&str> = source.split_whitespace().collect();
        let named = (words.iter().rev())
            .take_while(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(super::surname::name_char)
                    && w.chars().skip(1).any(char::is_lowercase)
            })
            .take(3)
            .count();
        let title = words[..words.len() - named].join(" ");
        // A title with no name must be a party's speaker ("ruling party
        // spokesperson"): a bare "spokesperson" is left to the body named
        // before it.
        let lower = title.to_lowercase();
        let party = lower.split_whitespace().any(|w| w == "party");
        if title.is_empty() || (named == 0 && !party) || !ends_in_role(&title) {
            return None;
        }
        let role = role_in(&title)?;
        self.role_group(role, &title, dateline)
    }

    /// "according to a member of parliament's intelligence committee": a
    /// `source` "member" followed by "of parliament" (or of the national
    /// assembly) — right after the attribution (`start..end`) or after the
    /// word "member" inside it, when the span runs on through the member's
    /// description ("…'s defence committee who attended") — is one of the
    /// country's lawmakers.
    pub(super) fn parliament_member(
        &self,
        text: &str,
        (start, end): (usize, usize),
        source: &str,
        dateline: Option<&str>,
    ) -> Option<String> {
        let lower = source.trim().to_lowercase();
        let bare = ["a ", "an ", "one "]
            .iter()
            .find_map(|d| lower.strip_prefix(d))
            .unwrap_or(&lower);
        if bare != "member" {
            return None;
        }
        let inside = text.get(start..end).and_then(|span| {
            let at = span.to_ascii_lowercase().find("member")?;
            Some(start + at + "member".len())
        });
        let parliament = [Some(end), inside].into_iter().flatten().any(|from| {
            let to = text.floor_char_boundary(from.saturating_add(40).min(text.len()));
            let after = text.get(from..to).unwrap_or_default().to_lowercase();
            [
                " of parliament",
                " of the parliament",
                " of the national assembly",
            ]
            .iter()
            .any(|p| after.starts_with(p))
        });
        parliament
            .then(|| self.role_group(Role::Lawmaker, "", dateline))
            .flatten()
    }
}

/// How many bytes before a person's mention the text is read for the
/// European Parliament ([`european_group_member`]).
const PARLIAMENT_REACH: usize = 4_000;

/// "a Polish member of the Conservatives group" in an article about the
/// European Parliament (`before`, the text before the mention, names an MEP
/// or the Parliament in its last [`PARLIAMENT_REACH`] bytes): a member of one
/// of its political groups, a European lawmaker. Elsewhere "a member of the
/// Lazarus group" is no lawmaker.
pub(super) fn european_group_member(appositive: &str, before: &str) -> bool {
    let words: Vec<&str> = appositive.split_whitespace().collect();
    let member = words.windows(3).position(|w| w == ["member", "of", "the"]);
    let group = member.is_some_and(|m| {
        let rest = &words[m + 3..];
        rest.last() == Some(&"group")
            && rest.len() >= 2
            && rest[..rest.len() - 1]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase))
    });
    if !group {
        return false;
    }
    let from = before.floor_char_boundary(before.len().saturating_sub(PARLIAMENT_REACH));
    let window = &before[from..];
    window.contains("European Parliament") || window.contains(" MEP") || window.contains(" MEPs")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_of_european_groups() {
        let eu = "The European Parliament voted on Monday. ";
        assert!(european_group_member(
            "a Danish member of the Greens group",
            eu
        ));
        assert!(!european_group_member(
            "a Danish member of the Greens group",
            "The vote passed. "
        ));
        assert!(!european_group_member("a member of the hacking group", eu));
        assert!(!european_group_member("a member of the Greens", eu));
    }
}
