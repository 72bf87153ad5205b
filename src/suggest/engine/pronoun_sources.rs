//! Attributions by a pronoun or a description ("He said", "The group
//! wrote") take their source from what the text named before them: a
//! document's author, a body of that kind, a person mentioned since, the
//! outlet of the sentence before, or the attribution before.

use super::{Found, PRONOUNS, Suggester, back_reference, cue_shapes};
use crate::suggest::ATTRIBUTION;

impl Suggester {
    /// Each attribution by a pronoun ("He said", ", it added") takes the
    /// source of the attribution before it in the text (as resolved); with none
    /// before, a pronoun's is dropped and a description's keeps its own words
    /// (and a pronoun after it takes them). `found` is in text order. A
    /// pronoun after a later mention of a person in `speakers` (a name read
    /// as a source, and that source) than the attribution before it takes that
    /// person's source ("…, Kang said. … Marchand sounded doubtful. …, she
    /// warned").
    pub(super) fn resolve_back_references(
        &self,
        found: &mut Vec<Found>,
        text: &str,
        speakers: &[(String, String)],
    ) {
        let mut previous: Option<String> = None;
        let mut previous_end = 0;
        // The last named source that is a body or an outlet (capitalised),
        // for "It said" after a group of people.
        let mut previous_body: Option<String> = None;
        let mut keep = Vec::with_capacity(found.len());
        // Each attribution's span and source so far: "the report said" is
        // the source whose span named a report.
        let mut history: Vec<(usize, usize, String)> = Vec::new();
        let person_names = super::pronoun_agreement::person_names(speakers);
        // Each named source as the registry names it, and whether it is a
        // body "It said" may stand for, read beforehand (a long list on two
        // threads): this pass changes only the pronouns'.
        let normalised = super::tail_split::map(found, |f| {
            (f.label == ATTRIBUTION && !f.back_reference)
                .then(|| f.source.as_deref().map(|s| self.index.normalise(s)))
                .flatten()
                .map(|normalised| {
                    // "It said" after a person: the body before them, not them.
                    let span = text.get(f.start..f.end).unwrap_or_default();
                    let body = normalised.starts_with(char::is_uppercase)
                        && !super::pronoun_agreement::names_person(span, &person_names);
                    (normalised, body)
                })
        });
        for (f, normalised) in found.iter_mut().zip(normalised) {
            if f.label != ATTRIBUTION {
                keep.push(true);
                continue;
            }
            if f.back_reference {
                let pronoun = f.source.take().unwrap_or_default();
                // A description ("the official") with no source before keeps
                // its own words; a pronoun names no one.
                let first = pronoun.split_whitespace().next().unwrap_or_default();
                // "Its spokesperson said" opening a sentence: the span's own
                // first word, since a possessive pronoun is a determiner the
                // source drops ("she and her paper said" keeps its noun).
                let opener = (text.get(f.start..f.end))
                    .and_then(|q| q.split_whitespace().next())
                    .unwrap_or_default();
                let opens_with_pronoun = opener.starts_with(char::is_uppercase)
                    && PRONOUNS.contains(&opener.to_lowercase().as_str());
                let described = pronoun.contains(char::is_alphabetic)
                    && !PRONOUNS.contains(&first.to_lowercase().as_str())
                    && !opens_with_pronoun
                    && !cue_shapes::is_bare_data(&pronoun);
                keep.push(previous.is_some() || described);
                // "The report says" in a text built around one body's report;
                // "The group said" after "X, a … group": X, not the source
                // before.
                let named = described
                    .then(|| {
                        (self.lead_author_of(&pronoun, text, &history, f.start))
                            .map(|s| (s, "who issued the text's lead document"))
                            .or_else(|| {
                                super::descriptor_source::described_since(
                                    &pronoun,
                                    text,
                                    previous_end,
                                    f.start,
                                )
                                .map(|name| {
                                    let source = self.read_name(text, &name, f.start);
                                    (source, "described so since the source before")
                                })
                            })
                    })
                    .flatten();
                if let Some((source, how)) = named {
                    f.why
                        .push_str(&format!(", “{pronoun}” read as {source} ({how})"));
                    previous = Some(source.clone());
                    previous_end = f.end;
                    history.push((f.start, f.end, source.clone()));
                    f.source = Some(source);
                    continue;
                }
                if previous.is_none() && described {
                    // "The monitors said …. It also said": a pronoun after it
                    // is the description's; "the centre's manager" the centre's.
                    let own = self.possessive_body(&pronoun, text, f.start);
                    let own = own.unwrap_or(pronoun);
                    previous = Some(own.clone());
                    previous_end = f.end;
                    f.source = Some(own);
                    continue;
                }
                let between = text.get(previous_end..f.start).unwrap_or_default();
                let mentioned = (!described)
                    .then(|| self.latest_person(between, speakers))
                    .flatten();
                let documented = described
                    .then(|| back_reference::document_source(&pronoun, text, &history, f.start))
                    .flatten()
                    .or_else(|| {
                        described.then(|| self.document_author(&pronoun, text, f.start))?
                    });
                let owned = (described && documented.is_none())
                    .then(|| self.possessive_body(&pronoun, text, f.start))
                    .flatten();
                // "The forum's director, Mikko Laine, said": the body of
                // that kind the text named, and the pronoun after it too.
                let post_body = (described && documented.is_none() && owned.is_none())
                    .then(|| self.post_holder_body(text, &pronoun, f.start))
                    .flatten();
                if let Some(source) = post_body {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} (the body whose post it names)"
                    ));
                    previous = Some(source.clone());
                    previous_end = f.end;
                    history.push((f.start, f.end, source.clone()));
                    f.source = Some(source);
                    continue;
                }
                if let Some(source) = documented {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} (whose document was named before)"
                    ));
                    f.source = Some(source);
                } else if let Some(source) = owned {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} (the body of that kind named before)"
                    ));
                    f.source = Some(source);
                } else if let Some((name, source)) = mentioned {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {source} ({name}, mentioned since the source before)"
                    ));
                    f.source = Some(source.to_string());
                } else if let Some(outlet) = (!described)
                    // "Its correspondent wrote": the possessive the source
                    // dropped says whose.
                    .then(|| {
                        self.outlet_before(
                            if opens_with_pronoun { opener } else { &pronoun },
                            between,
                        )
                    })
                    .flatten()
                {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {outlet} (the outlet the sentence before names)"
                    ));
                    f.source = Some(outlet);
                } else if let Some(agreed) = super::pronoun_agreement::person_before(
                    &pronoun,
                    text,
                    &history,
                    previous_end,
                    &person_names,
                )
                .or_else(|| {
                    super::pronoun_agreement::body_before(&pronoun, text, &history, &person_names)
                }) {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {agreed} (the latest source a pronoun agrees with)"
                    ));
                    f.source = Some(agreed.to_string());
                } else if let Some(body) = super::it_pronoun::body_for_it(
                    &pronoun,
                    previous.as_deref(),
                    previous_body.as_deref(),
                ) {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {body} (the body before: “it” names no group of people)"
                    ));
                    f.source = Some(body.to_string());
                } else if let Some(body) = super::it_subject::subject_before(
                    opener,
                    text,
                    f.start,
                    &history,
                    previous.as_deref(),
                ) {
                    f.why.push_str(&format!(
                        ", “{pronoun}” read as {body} (the body the sentence before opens with)"
                    ));
                    f.source = Some(body.to_string());
                } else if let Some(p) = &previous {
                    f.why
                        .push_str(&format!(", “{pronoun}” read as {p} (the source before)"));
                    f.source = Some(p.clone());
                }
                if let Some(source) = &f.source {
                    history.push((f.start, f.end, source.clone()));
                }
                continue;
            }
            keep.push(true);
            if let Some((normalised, body)) = normalised {
                if body {
                    previous_body = Some(normalised.clone());
                }
                history.push((f.start, f.end, normalised.clone()));
                previous = Some(normalised);
                previous_end = f.end;
            }
        }
        let mut keep = keep.into_iter();
        found.retain(|_| keep.next().unwrap_or(true));
    }
}
