//! A sentence's attributions: each cue with the source named before or after it,
//! normalised through the registry.

use super::according::participle_after_name;
use super::anonymity_tail::anonymity_joins;
use super::attribution_words::{
    after_comma_or_quote, follows_and, is_back_reference, is_capitalised_inside,
    is_possessive_pronoun_led, is_reported_before, names_a_document, names_no_source,
};
use super::cue_gate::in_subordinate_clause;
use super::dated_subject::{dated_subject_start, is_dated_document};
use super::descriptor::lead_phrase_before;
use super::listed_name::listed_name_start;
use super::person_source::court_role;
use super::plain_speaker::is_plain_document;
use super::quoted_pronoun::is_quoted_pronoun;
use super::subject_extent::{is_judge_finding, long_body_start};
use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lexicon::Hit;
use crate::suggest::rules::SourceSide;

impl Suggester {
    /// Attribution spans of a sentence, in its bytes, never overlapping.
    /// `cues` holds each attribution rule's cues found in the sentence, in
    /// the rules' order.
    pub(super) fn attributions(&self, sentence: &str, cues: &[Vec<Hit>]) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for (rule, hits) in self.rules.attribution.rules.iter().zip(cues) {
            for &Hit { start, end, .. } in hits {
                if is_capitalised_inside(sentence, start) || self.is_noun_before_cue(sentence, end)
                {
                    // "the United *States*": a name's word; "the KCNA *report*
                    // said": a noun, the cue is the verb after it.
                    continue;
                }
                if self.is_false_friend(rule, sentence, start, end) {
                    continue;
                }
                if rule.participle {
                    if let Some(f) = self.participle_found(rule, sentence, start, end, &out) {
                        out.push(f);
                    }
                    continue;
                }
                // "has called *such reports*": the object a rule needs joins the span.
                let characterised = if rule.object_nouns.is_empty() {
                    None
                } else {
                    match self.rule_object_end(rule, sentence, (start, end), &out) {
                        Some(object) => Some(object),
                        None => continue,
                    }
                };
                // The source as the registry names it, when an appositive told it.
                let mut told: Option<String> = None;
                // A pronoun: its source is the attribution's before it.
                let mut back_reference = false;
                // A cue after "and" with no subject of its own.
                let mut coordinated = false;
                let (mut span, name) = match rule.side {
                    SourceSide::Before => {
                        // "A defector from Hyesan *who left the city in 2019*
                        // said": the subject stands before the relative clause.
                        let anchor = (self.who_clause_before(sentence, start))
                            // "A nurse who …, and who …, told".
                            .or_else(|| self.two_who_clauses_before(sentence, start))
                            .unwrap_or(start);
                        // "A person *familiar with the plans* said".
                        let knowing = self.knowing_source_before(sentence, start);
                        // "*Economists polled by* the Daily said".
                        let agent = (knowing.is_none())
                            .then(|| self.agent_subject_before(sentence, start))
                            .flatten();
                        let examined = agent.as_ref().is_some_and(|a| a.examined);
                        let named = match knowing {
                            Some(_) => None,
                            None if agent.is_some() => None,
                            // "the Union of … Killed by Mining Firms said".
                            None => (self.names.before(sentence, anchor))
                                .map(|n| {
                                    long_body_start(sentence, n)
                                        .or_else(|| listed_name_start(sentence, n))
                                        .unwrap_or(n)
                                })
                                // "A farmer who sold maize said".
                                .or_else(|| {
                                    (anchor < start)
                                        .then(|| self.plain_subject_before(sentence, anchor))
                                        .flatten()
                                })
                                // "A clerk at a Lima bank said"; not one
                                // inside what was said before ("X said
                                // that …, the clerk wrote").
                                .or_else(|| {
                                    self.plain_speaker_before(sentence, anchor, start)
                                        .filter(|&p| !is_reported_before(sentence, &out, p))
                                }),
                        };
                        // "*The April* 8 story reported": the date joins the span.
                        let dated = named.and_then(|n| dated_subject_start(sentence, n));
                        let (n, name_end) = match named {
                            Some(n) => {
                                let (speaker, source) = self.subject_speaker(sentence, n, anchor);
                                told = source.or(told);
                                (speaker, anchor)
                            }
                            None if agent.is_some() => {
                                let Some(a) = agent else { continue };
                                told = Some(a.source);
                                (a.start, start)
                            }
                            None if knowing.is_some() => {
                                told = Some(self.anonymous_source());
                                (knowing.unwrap_or(start), start)
                            }
                            None => match self.anonymous_name_before(sentence, start) {
                                // "A source who asked not to be named told".
                                Some(n) => {
                                    // "A Dutch navy official, speaking on
                                    // condition of anonymity, said": Dutch
                                    // officials.
                                    let name = sentence[n..start].split(',').next();
                                    told = Some(
                                        self.anonymous_official_source(name.unwrap_or_default()),
                                    );
                                    (n, start)
                                }
                                None => match self.appositive_before(sentence, start) {
                                    // "Surveys by Farm Pulse, a monitor, show".
                                    Some((n, open, _))
                                        if rule.document_subject
                                            && self.document_by_before(sentence, n).is_some() =>
                                    {
                                        told = Some(self.source_of(&sentence[n..open]));
                                        (self.document_by_before(sentence, n).unwrap_or(n), open)
                                    }
                                    Some((n, open, close)) => {
                                        let appositive = &sentence[open + 1..close];
                                        told = Some(if self.is_anonymity(appositive) {
                                            // "A ministry official, speaking on
                                            // condition of anonymity, said";
                                            // "A Dutch defence official, …":
                                            // Dutch officials.
                                            self.anonymous_official_source(&sentence[n..open])
                                        } else {
                                            // "…, the Weather Service (NWS), said".
                                            (self.appositive_acronym_source(appositive))
                                                .unwrap_or_else(|| {
                                                    self.appositive_source(
                                                        &sentence[n..open],
                                                        appositive,
                                                    )
                                                })
                                        });
                                        (n, open)
                                    }
                                    None => match self.pronoun_before(sentence, start) {
                                        // "“He told me …,” the cousin said".
                                        Some(n) if is_quoted_pronoun(sentence, n) => continue,
                                        // "She expects the won to fall":
                                        // a forecast verb with an object.
                                        Some(n)
                                            if !rule.source_only
                                                || super::expectation_cue::forecast_with_object(
                                                    &rule.id,
                                                    &sentence[end..],
                                                ) =>
                                        {
                                            back_reference = true;
                                            (n, start)
                                        }
                                        // "X noted that A *and said* B": the
                                        // cue alone, X's.
                                        // "…, but said B": the same.
                                        _ if !rule.source_only
                                            && (follows_and(sentence, start)
                                                || super::but_said::follows_but(
                                                    sentence, start,
                                                ))
                                            && out.iter().any(|f| f.end <= start) =>
                                        {
                                            back_reference = true;
                                            coordinated = true;
                                            (start, start)
                                        }
                                        // "the Harbour Club, *which* said".
                                        _ => match self.relative_speaker_before(sentence, start) {
                                            Some((n, source)) if rule.id == "source-said" => {
                                                told = Some(source);
                                                (n, start)
                                            }
                                            _ => continue,
                                        },
                                    },
                                },
                            },
                        };
                        // "*the ruling* party newspaper X", "*Blockchain analytics
                        // firm* X", "*Japan’s chief cabinet* secretary": the
                        // description before the name joins the span.
                        let (n, name_start) = match self.descriptor_before(sentence, n) {
                            Some((d, owner)) => {
                                let plain = !sentence[n..name_end].contains(char::is_uppercase);
                                (d, if owner || plain { d } else { n })
                            }
                            None => (n, n),
                        };
                        // "*In a statement,* the ministry said": a leading
                        // circumstance phrase joins the span.
                        // "*A night clerk at* the port authority said".
                        let n = self.plain_lead_before(sentence, n).unwrap_or(n);
                        let n = lead_phrase_before(sentence, n, &self.adverbial_ends).unwrap_or(n);
                        let n = dated.map_or(n, |d| d.min(n));
                        // "*Farm workers and* economists said".
                        let n =
                            super::coordinated_subject::coordinated_start(sentence, n).unwrap_or(n);
                        // "*Its chairwoman*, Marina Lysenko, …, told me".
                        let n = super::partitive::lead_subject_start(sentence, n).unwrap_or(n);
                        // "*The Tarn fishermen's* association said".
                        let n = super::owner_lead::owner_start(sentence, n).unwrap_or(n);
                        // "*The league's provincial* secretary, X, said".
                        let n = super::possessive_lead::possessive_start(sentence, n).unwrap_or(n);
                        // "*Since* Kim declared …": an event, not an attribution.
                        if in_subordinate_clause(sentence, n)
                            || super::object_of::follows_preposition(&rule.id, sentence, n)
                        {
                            continue;
                        }
                        if rule.document_subject
                            && !examined
                            && !names_a_document(&sentence[n..name_end])
                            && !is_judge_finding(&sentence[n..name_end], &sentence[end..])
                            // "The board found that …": the body named before.
                            && !self.is_body_finding(&sentence[n..name_end], sentence, start, end)
                        {
                            continue;
                        }
                        let subject = &sentence[name_start..name_end];
                        // "His lawyers said": the court role, not the person before.
                        if !rule.source_only
                            && court_role(subject).is_none()
                            && (is_possessive_pronoun_led(subject)
                                || is_back_reference(subject)
                                || self.is_definite_back_reference(subject))
                        {
                            // "Its spokesperson said": the source named before.
                            back_reference = true;
                            told = None;
                        }
                        // "One of the foremen added": one of the group
                        // named before. Not with an aside or appositive
                        // between it and the cue ("One of the groups,
                        // Northern Wind, said"; "One of the captains,
                        // speaking by phone, said": seldom the group of the
                        // source before, see partitive.rs).
                        if !rule.source_only
                            && super::partitive::partitive_start(subject) == Some(0)
                            && told.is_none()
                            && sentence[name_end..start].trim().is_empty()
                        {
                            back_reference = true;
                            told = None;
                        }
                        // "A second post says": the author named before.
                        if is_plain_document(subject) {
                            back_reference = true;
                            told = None;
                        }
                        // "Lima Tours' manager, X, said": the body's;
                        // "the trust's director": the body named before.
                        if subject.contains(['\'', '’'])
                            && self.names.before(sentence, name_end).is_none()
                        {
                            match self.owner_source(subject) {
                                Some(Some(owner)) => {
                                    back_reference = false;
                                    told = Some(owner);
                                }
                                Some(None) => {
                                    back_reference = true;
                                    told = None;
                                }
                                None => {}
                            }
                        }
                        // "The April 8 story reported": the outlet named before.
                        if dated.is_some() && is_dated_document(&sentence[name_start..name_end]) {
                            back_reference = true;
                            told = None;
                        }
                        // "Her son said": the family's, not the source before.
                        if let Some(family) = self.kin_source(subject) {
                            back_reference = false;
                            told = Some(family);
                        }
                        let span_end = if rule.source_only {
                            // "X, chief economist at Y, *expects* the pace to
                            // slow": a forecast with an object keeps the
                            // appositive's source.
                            if told.is_some()
                                && !super::expectation_cue::forecast_with_object(
                                    &rule.id,
                                    &sentence[end..],
                                )
                            {
                                continue;
                            }
                            sentence[..start].trim_end().len()
                        } else {
                            let cue = &sentence[start..end];
                            let object = (rule.with_object.iter())
                                .any(|w| w.eq_ignore_ascii_case(cue))
                                .then(|| self.cue_object_end(sentence, end))
                                .flatten()
                                .or(characterised)
                                .or_else(|| {
                                    super::performative::addressee_end(&rule.id, sentence, end)
                                })
                                .unwrap_or(end);
                            // "told reporters *in Washington*".
                            let object = if object > end {
                                self.place_after(sentence, object).unwrap_or(object)
                            } else {
                                object
                            };
                            // "told reporters *outside the courtroom*".
                            // "… outside the court *in Seoul*".
                            let object = (self.outside_after(sentence, object))
                                .map_or(object, |o| self.place_after_outside(sentence, o));
                            let saying = (self.as_saying_after(sentence, object))
                                // "quoted *a market manager* as saying".
                                .or_else(|| {
                                    super::quoted_saying::as_saying_within(cue, sentence, object)
                                });
                            // "KCNA quoted Kim as saying": the person named.
                            if saying.is_some()
                                && let Some(person) = self.quoted_person(&sentence[end..object])
                            {
                                told = Some(person);
                            }
                            let object = saying.unwrap_or(object);
                            // "posted *again*".
                            let object =
                                super::cue_phrase::again_after(sentence, object).unwrap_or(object);
                            let mut circumstance = self.circumstance_after(sentence, object);
                            // "responded *by email*", "writes *on X*".
                            if let Some(medium) = (self.reply_medium_after(sentence, circumstance))
                                .or_else(|| self.platform_after(sentence, circumstance))
                                // "said *on its website*".
                                .or_else(|| super::own_page::own_page_after(sentence, circumstance))
                            {
                                circumstance = self.circumstance_after(sentence, medium);
                            }
                            if let Some(venue) = self.venue_after(sentence, circumstance) {
                                circumstance = self.circumstance_after(sentence, venue);
                            }
                            // "in a text message *to reporters*".
                            if let Some(addressee) = self.addressee_after(sentence, circumstance) {
                                circumstance = self.circumstance_after(sentence, addressee);
                            }
                            // "said *in its opinion on the bill* that".
                            circumstance = self.past_document_phrase(sentence, n, circumstance);
                            let carried = self
                                .carried_by_after(sentence, circumstance)
                                .unwrap_or(circumstance);
                            // "told *the pool in the hotel lobby* that".
                            let told_cue = cue
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| w.eq_ignore_ascii_case("told"));
                            if told_cue {
                                super::told_extent::told_end(sentence, end, carried)
                                    .unwrap_or(carried)
                            } else {
                                carried
                            }
                        };
                        (
                            (n, span_end),
                            self.names.without_between(&sentence[name_start..name_end]),
                        )
                    }
                    SourceSide::After => {
                        if rule.after_comma_or_quote && !after_comma_or_quote(&sentence[..start]) {
                            continue;
                        }
                        let cited = (!rule.after_comma_or_quote)
                            .then(|| self.cited_document_after(sentence, end))
                            .flatten();
                        // "according to two people *briefed on the decision*".
                        let knowing = (!rule.after_comma_or_quote)
                            .then(|| self.knowing_source_after(sentence, end))
                            .flatten();
                        // "according to figures *the office has made public*".
                        let described = (!rule.after_comma_or_quote)
                            .then(|| self.cited_clause_after(sentence, end))
                            .flatten();
                        // "citing *a railway worker in Khasan*".
                        let unnamed = (!rule.after_comma_or_quote)
                            .then(|| self.cited_unnamed_after(sentence, end))
                            .flatten()
                            // "according to a railway employee who …".
                            .or_else(|| self.according_unnamed_after(sentence, end));
                        // "according to *a 2021 report by* the U.N. Panel".
                        // "according to *a count by* Yonhap", "according to
                        // *the ship-tracking firm* SeaLens".
                        let authored = (!rule.after_comma_or_quote)
                            .then(|| {
                                (self.document_author_after(sentence, end))
                                    .or_else(|| self.reckoning_author_after(sentence, end))
                                    .or_else(|| self.described_name_after(sentence, end))
                            })
                            .flatten();
                        match self.names.after(sentence, end) {
                            _ if knowing.is_some() => {
                                told = Some(self.anonymous_source());
                                let known_end = knowing.unwrap_or(end);
                                ((start, known_end), &sentence[end..known_end])
                            }
                            _ if unnamed.is_some() => {
                                told = Some(self.anonymous_source());
                                let unnamed_end = unnamed.unwrap_or(end);
                                ((start, unnamed_end), &sentence[end..unnamed_end])
                            }
                            _ if authored.is_some() => {
                                let Some(author) = authored else { continue };
                                let Some(author_end) = self.names.after(sentence, author) else {
                                    continue;
                                };
                                ((start, author_end), &sentence[author..author_end])
                            }
                            _ if described.is_some() => {
                                let Some(c) = described else { continue };
                                back_reference = c.pronoun;
                                ((start, c.end), &sentence[c.subject.0..c.subject.1])
                            }
                            // "per *the statement*": the author the text gave
                            // before, or the one the document tells.
                            None if cited.is_some() => {
                                let Some((doc_end, words, author)) = cited else {
                                    continue;
                                };
                                // "per the page *on Liquipedia*".
                                let doc_end =
                                    self.venue_after(sentence, doc_end).unwrap_or(doc_end);
                                match author {
                                    Some(author) => told = Some(author.to_string()),
                                    // Whose: the document named before.
                                    None => back_reference = true,
                                }
                                ((start, doc_end), words)
                            }
                            Some(n) => {
                                let name_end = n;
                                // "said Kim, *head of research at Y*": the name
                                // alone tells the source (`bare_role`).
                                let (n, bare_role) = if rule.after_comma_or_quote {
                                    self.after_speaker_end(sentence, n)
                                } else {
                                    // "per Whitcomb's *written statement*",
                                    // "according to Lumen*, a data firm*".
                                    let n = self.cited_name_tail(sentence, n);
                                    // "according to five defectors
                                    // *interviewed for this article*".
                                    (participle_after_name(sentence, n).unwrap_or(n), false)
                                };
                                let name = if rule.after_comma_or_quote && !bare_role {
                                    self.closing_source_end(sentence, name_end, n)
                                } else {
                                    name_end
                                };
                                ((start, n), &sentence[end..name])
                            }
                            // "“…,” said one, who trades oil across the Yalu".
                            None if rule.after_comma_or_quote => {
                                match super::inverted_one::one_after(sentence, end) {
                                    Some((head_end, span_end, noun)) => {
                                        back_reference = !noun;
                                        ((start, span_end), &sentence[end..head_end])
                                    }
                                    // "said the repair yard, Pohang Marine Works".
                                    None => match self.described_speaker(sentence, end) {
                                        Some((span_end, name, source)) => {
                                            back_reference |= source.is_none();
                                            told = source.or(told);
                                            ((start, span_end), name)
                                        }
                                        None => continue,
                                    },
                                }
                            }
                            None => continue,
                        }
                    }
                };
                if names_no_source(name, coordinated, rule.after_comma_or_quote) {
                    continue;
                }
                if !rule.source_kinds.is_empty()
                    && !self.is_source_of_kinds(name, &rule.source_kinds)
                {
                    continue;
                }
                // "Gangwon province reported GPS outages": an event reported (not
                // by a body an appositive named, "…, the Center (CSN), reported").
                if !back_reference
                    && told.is_none()
                    && self.reports_event(rule.side, sentence, (start, end), name)
                {
                    continue;
                }
                let anonymous = self.anonymity_after(sentence, span.1);
                if let Some(end) = anonymous
                    && anonymity_joins(rule.side, sentence, span.1)
                {
                    span.1 = end;
                }
                if rule.side == SourceSide::After {
                    let cue = &sentence[start..end];
                    // "according to photographs *released by* the navy".
                    if let Some(lead) = (!super::according_extent::is_according(cue))
                        .then(|| super::according_extent::according_lead(sentence, start))
                        .flatten()
                    {
                        span.0 = lead;
                    }
                    // "according to an association *the buyers set up*".
                    if super::according_extent::is_according(&sentence[span.0..end]) {
                        let holds_cue = |a: usize, b: usize| {
                            cues.iter().flatten().any(|h| a <= h.start && h.start < b)
                        };
                        span.1 = super::according_extent::clause_end(
                            sentence, span.0, span.1, holds_cue,
                        );
                    }
                }
                // A span holding earlier ones whole replaces them ("Kim said in
                // a statement *carried by KCNA*"); any other overlap loses.
                let overlapping = |f: &Found| span.0 < f.end && f.start < span.1;
                if out
                    .iter()
                    .any(|f| overlapping(f) && !(span.0 <= f.start && f.end <= span.1))
                {
                    continue;
                }
                out.retain(|f| !overlapping(f));
                let source = match (anonymous, told) {
                    (Some(_), _) if !self.rules.attribution.anonymous_source.is_empty() => {
                        self.anonymous_source()
                    }
                    (_, Some(told)) => told,
                    _ => self.source_of(name),
                };
                out.push(Found {
                    start: span.0,
                    end: span.1,
                    label: ATTRIBUTION,
                    why: format!(
                        "cue “{}” with source “{}”",
                        &sentence[start..end],
                        name.trim()
                    ),
                    source: Some(source),
                    rule: rule.id.clone(),
                    score: rule.score,
                    back_reference,
                });
            }
        }
        // "called the offer “overdue” and *said* …".
        super::definite_label::push_second_verbs(sentence, &mut out);
        // "by the coast guard's own count".
        self.push_reckonings(sentence, &mut out);
        // "In her view, …".
        self.push_views(sentence, &mut out);
        // "It was her view that …", "Our assessment is that …".
        self.push_view_clauses(sentence, &mut out);
        // "according to her".
        self.push_according_pronouns(sentence, &mut out);
        // "Others are less sure."
        self.push_stance_sentence(sentence, &mut out);
        // "We believe a conflict is unlikely".
        self.push_first_person(sentence, &mut out);
        // "The court rejected the argument that …", "In the court's view".
        self.push_judgments(sentence, &mut out);
        // "It was announced at the council's meeting that …".
        self.push_impersonal(sentence, &mut out);
        // "…, the records show."
        self.push_record_tail(sentence, &mut out);
        // "FIDE's results show", "the owners' manifest lists".
        self.push_owned_documents(sentence, &mut out);
        // "The Commission finds that …".
        self.push_judgements_that(sentence, &mut out);
        out
    }
}
