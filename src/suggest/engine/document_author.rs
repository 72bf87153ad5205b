//! "The Survey Office said in a report on Monday that …. According to the
//! report, …": a document read back by its noun speaks for the body named
//! as the subject of the latest clause that mentions it, though that
//! clause is no attribution of its own; "the centre's manager" speaks for
//! the centre named before.

use super::{Suggester, acronym_naming};

/// Nouns for documents a body issues, read back as "the report".
const DOCUMENT_NOUNS: &[&str] = &["report", "notice", "study", "survey", "analysis"];

/// How far back, in bytes, the sentence naming the document is looked for.
const AUTHOR_LOOK_BACK: usize = 1_500;

impl Suggester {
    /// The author of the document `description` ("the report") names: in
    /// the latest clause of the [`AUTHOR_LOOK_BACK`] bytes before `start` of
    /// `text` that holds the document's noun, the first body named before
    /// that noun (a registry name, else a name introduced with its acronym:
    /// the acronym), or `None`.
    pub(super) fn document_author(
        &self,
        description: &str,
        text: &str,
        start: usize,
    ) -> Option<String> {
        let head = description.split_whitespace().last()?.to_lowercase();
        if !DOCUMENT_NOUNS.contains(&head.as_str()) {
            return None;
        }
        let from = text.floor_char_boundary(start.saturating_sub(AUTHOR_LOOK_BACK));
        let window = text.get(from..start)?;
        let at = window.rmatch_indices(head.as_str()).find_map(|(at, _)| {
            let whole = !window[..at].ends_with(char::is_alphanumeric)
                && !window[at + head.len()..].starts_with(char::is_alphanumeric);
            whole.then_some(at)
        })?;
        let sentence = window[..at]
            .rfind(['.', '!', '?', '\n', ',', ';', ':', '—'])
            .map_or(0, |i| crate::suggest::char_end::past_char(window, i));
        let lead = &window[sentence..at];
        // Not a place in a compound ("the Seoul-based group").
        let hits = self.source_names.find_all(lead);
        if let Some(hit) = hits.iter().find(|h| !lead[h.end..].starts_with('-')) {
            return Some(self.registry.sources[hit.value].name.clone());
        }
        let bodies = acronym_naming::introduced(lead, &self.index);
        bodies.first().map(|b| b.acronym.clone())
    }

    /// The body a possessive generic word stands for in a description ("the
    /// centre's manager", "the foundation's head", "the company's chief
    /// executive"): the body of that kind named before `start` of `text`
    /// ([`coreference::resolve`]; a company word, the latest company
    /// introduced), or `None`.
    ///
    /// [`coreference::resolve`]: super::super::coreference::resolve
    pub(super) fn possessive_body(
        &self,
        description: &str,
        text: &str,
        start: usize,
    ) -> Option<String> {
        let description = (description.strip_prefix("the "))
            .or_else(|| description.strip_prefix("The "))
            .unwrap_or(description);
        let (owner, _) = description.split_once(' ')?;
        let owner = owner
            .strip_suffix("'s")
            .or_else(|| owner.strip_suffix("’s"))?;
        // "the company's chief executive": the latest company introduced.
        if !super::super::coreference::is_generic(owner)
            && !crate::suggest::company::is_company_word(owner)
        {
            return None;
        }
        super::super::coreference::resolve(
            owner,
            text.get(..start)?,
            &self.registry,
            &self.index,
            &self.source_names,
        )
    }
}
