//! A speaker introduced by the kind of body they speak for: "An archive
//! official said" after "the National Archives of Korea", "a university
//! spokesperson said" after "Daehan University". Analysts file the speaker
//! under the body the text named before with that noun as its head (as "a
//! ministry official" is filed under the ministry named before), not under
//! the bare "official".

use super::Suggester;

/// Lower-case words for a person speaking for a body.
const SPEAKERS: &[&str] = &["official", "spokesperson", "spokesman", "spokeswoman"];

/// Determiners before the body's noun.
const DETERMINERS: &[&str] = &["a ", "an ", "A ", "An ", "the ", "The "];

/// The body's noun of `span` when it opens "<determiner> <noun> <speaker>"
/// and `source` is that speaker word ("An archive official" → "archive"):
/// a lower-case word of at least four letters that names no person.
pub(super) fn speaker_body_noun<'a>(source: &str, span: &'a str) -> Option<&'a str> {
    if !SPEAKERS.contains(&source) {
        return None;
    }
    let rest = DETERMINERS.iter().find_map(|d| span.strip_prefix(d))?;
    let (noun, after) = rest.split_once(' ')?;
    let speaker = after.split([' ', ',']).next()?;
    let fits = speaker == source
        && noun.len() >= 4
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !super::bare_head::PERSON_NOUNS.contains(&noun);
    fits.then_some(noun)
}

impl Suggester {
    /// The body a speaker introduced by its body's noun stands for
    /// ([`speaker_body_noun`]): the name the text gave a body with that head
    /// in the look-back before `start`, read as the text files it.
    pub(super) fn speaker_kind_body(
        &self,
        text: &str,
        source: &str,
        span: &str,
        start: usize,
    ) -> Option<String> {
        let noun = speaker_body_noun(source, span)?;
        let name = super::bare_head::head_named_before(text, noun, start)?;
        Some(self.read_name(text, &name, start))
    }
}

#[cfg(test)]
mod tests {
    use super::speaker_body_noun;

    #[test]
    fn a_speaker_named_by_the_body_noun() {
        assert_eq!(
            speaker_body_noun(
                "official",
                "An archive official, speaking at the opening, said"
            ),
            Some("archive")
        );
        assert_eq!(
            speaker_body_noun("spokesperson", "A university spokesperson said"),
            Some("university")
        );
        // A person's noun, a capitalised body, another source word: none.
        assert_eq!(
            speaker_body_noun("official", "A government official said"),
            None
        );
        assert_eq!(
            speaker_body_noun("official", "A Treasury official said"),
            None
        );
        assert_eq!(speaker_body_noun("experts", "An archive expert said"), None);
    }
}
