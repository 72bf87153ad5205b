//! Sources renamed by what the whole text says, after the sentences are read:
//! a ministry the registry does not know takes the dateline's country
//! ("SEOUL, May 2 —" → South Korean officials), and a body the text
//! introduces as "Long Name (ACR)" takes its acronym.

use super::{Found, Suggester, acronym_naming, body_naming, ministry_names};
use crate::suggest::ATTRIBUTION;

impl Suggester {
    /// Each attribution whose source is a ministry the registry does not
    /// know ("the Ministry of Justice", "the interior ministry") takes the
    /// officials of the country the text's dateline names ("SEOUL, May 2 —"
    /// → South Korean officials), as analysts file a government's ministries.
    pub(super) fn name_ministries_by_dateline(&self, found: &mut [Found], text: &str) {
        let mut officials = None;
        let mut dateline: Option<Option<String>> = None;
        for f in found.iter_mut() {
            if f.label != ATTRIBUTION || f.back_reference {
                continue;
            }
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            // "The trade ministry in Sejong": the place the span gives it.
            let span = text.get(f.start..f.end).unwrap_or_default();
            if let Some((place, country)) = self.placed_ministry(span, source) {
                if country != source {
                    f.why.push_str(&format!(
                        ", “{source}” read as {country} (the ministry in {place})"
                    ));
                    f.source = Some(country);
                }
                continue;
            }
            if !body_naming::is_ministry(source) || self.index.canonical(source).is_some() {
                continue;
            }
            // "The Ministry of Economy and Finance" with no dateline: one of
            // South Korea's own ministries, whatever cities the text names.
            if ministry_names::is_south_korean_ministry(source)
                && dateline
                    .get_or_insert_with(|| self.dateline_text_nationality(text))
                    .is_none()
            {
                let korean = self.index.normalise("South Korean officials");
                f.why.push_str(&format!(
                    ", “{source}” read as {korean} (a South Korean ministry's own name)"
                ));
                f.source = Some(korean);
                continue;
            }
            let country = officials.get_or_insert_with(|| {
                // No dateline or large city: the countries and capitals named.
                (self.text_nationality(text))
                    .or_else(|| self.capitals_nationality(text))
                    .map(|n| self.index.normalise(&format!("{n} officials")))
            });
            if let Some(country) = country.clone() {
                f.why.push_str(&format!(
                    ", “{source}” read as {country} (the country of the text's places)"
                ));
                f.source = Some(country);
            }
        }
    }

    /// Each attribution whose source is a body `text` introduces as "Long
    /// Name (ACR)" takes the acronym as its source ([`acronym_naming`]).
    pub(super) fn name_by_acronyms(&self, found: &mut [Found], text: &str) {
        let bodies = acronym_naming::introduced(text, &self.index);
        if bodies.is_empty() {
            return;
        }
        for f in found.iter_mut().filter(|f| f.label == ATTRIBUTION) {
            let Some(source) = f.source.as_deref() else {
                continue;
            };
            let normalised = self.index.normalise(source);
            let span = text.get(f.start..f.end).unwrap_or_default();
            if let Some(acronym) = acronym_naming::renamed(source, &normalised, &bodies)
                .or_else(|| acronym_naming::acronym_of_national_body(source, span, &bodies))
                && acronym != source
            {
                f.why.push_str(&format!(
                    ", “{source}” named {acronym} (the acronym the text introduces it by)"
                ));
                f.source = Some(acronym.to_string());
            }
        }
    }
}
