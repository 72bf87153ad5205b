//! An appositive that introduces a body by its long proper name and the short
//! name it goes by, in brackets, before a cue: "The group, *the General
//! Association of Korean Residents in Japan (Chongryon)*, said"; "Ana Lim,
//! *a spokesperson for the Office of the UN High Commissioner for Human
//! Rights (OHCHR)*, said". The long name is one noun phrase however many
//! words it has, and the short name need not be all capitals: such an
//! appositive may run to the relative clause's length and hold that one
//! bracket. Over the 28 sets, 14 gold attributions hold an appositive closing
//! in a bracketed name; 2 (fresh26) ran past the plain appositive's 12 words
//! or bracketed a word that is not all capitals, and were missed.

/// The most characters of the bracketed short name.
const MAX_SHORT_NAME: usize = 16;

/// True when `appositive` closes with a capitalised name in brackets right
/// after a capitalised word ("… in Japan (Chongryon)", "… Rights (OHCHR)"):
/// one word of letters, digits or hyphens, and no other bracket or quote in
/// the appositive.
pub(super) fn closes_with_bracketed_name(appositive: &str) -> bool {
    let Some(inner) = appositive.trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let short = &inner[open + 1..];
    let head = &inner[..open];
    let before = head.trim_end().rsplit(' ').next().unwrap_or("");
    (2..=MAX_SHORT_NAME).contains(&short.len())
        && short.starts_with(|c: char| c.is_uppercase())
        && short.chars().all(|c| c.is_alphanumeric() || c == '-')
        && head.ends_with(' ')
        && before.starts_with(|c: char| c.is_uppercase())
        && !head.contains(['(', ')', '“', '”', '"'])
}

#[cfg(test)]
mod tests {
    use super::closes_with_bracketed_name;

    #[test]
    fn a_long_name_and_its_short_one() {
        assert!(closes_with_bracketed_name(
            " the General Association of Dock Workers in Tarn (Dockren)"
        ));
        assert!(closes_with_bracketed_name(
            " a spokesperson for the Office of the Harbour Commissioner for Fish Rights (OHCFR)"
        ));
        // An aside in lower case, a bracket inside, a quote, a phrase.
        assert!(!closes_with_bracketed_name(" a forecaster (retired)"));
        assert!(!closes_with_bracketed_name(" the Tarn office (Dockren)"));
        assert!(!closes_with_bracketed_name(
            " the (old) Dock Union (Dockren)"
        ));
        assert!(!closes_with_bracketed_name(" the “Dock” Union (Dockren)"));
        assert!(!closes_with_bracketed_name(" the Dock Union (in Tarn)"));
    }
}
