//! A clause with no hedge as a claim: when it is not page furniture, a
//! question, a stance or an order, and a claim rule fires on it (a fact:
//! a number, a date, a named actor, a reported action).

use super::clause::Context;
use super::clause_edges::has_finite_verb;
use super::clause_shape::asks;
use super::clause_words::{opens_with_a_bound, opens_with_a_date};
use super::{Found, Suggester};
use crate::suggest::CLAIM;
use crate::suggest::lower::lower;

/// A claim over `span` (bytes of the text) from `rule`, with why it fired.
fn claim_found(
    span: std::ops::Range<usize>,
    rule: &crate::suggest::rules::ClaimRule,
    why: String,
) -> Found {
    Found::claim(span, rule.id.clone(), rule.score, why)
}

impl Found {
    /// A claim over `span` (bytes of the text), of the rule `rule` with its
    /// `score`, and why it was suggested (the passes that find a claim after
    /// another pass its rule on).
    pub(super) fn claim(
        span: std::ops::Range<usize>,
        rule: String,
        score: f32,
        why: String,
    ) -> Found {
        Found {
            start: span.start,
            end: span.end,
            label: CLAIM,
            source: None,
            rule,
            score,
            why,
            back_reference: false,
        }
    }
}

impl Suggester {
    /// `[start, end)` of `sentence` as a claim, if a claim rule fires on it.
    pub(super) fn claim(
        &self,
        sentence: &str,
        start: usize,
        end: usize,
        context: &Context,
        out: &mut Vec<Found>,
    ) {
        if context.furniture
            || asks(&sentence[end..])
            || super::not_claim::stance_only(&sentence[start..end])
            || super::not_claim::order_only(&sentence[start..end])
            || super::not_claim::dangling_phrase(&sentence[start..end])
            || super::non_response::non_response(&sentence[start..end])
            || super::disclosure::is_disclosure(&sentence[start..end])
            || super::speaker_intro::is_speaker_intro(sentence, start, end)
            || super::colon_label::is_label(&sentence[start..end], &sentence[end..])
            || super::anonymity_tail::is_anonymity_aside(&sentence[start..end])
            || (!context.next_to_attribution
                && super::recommendation::is_recommendation(&sentence[start..end]))
        {
            return;
        }
        let rule = (self.claim_rule(&sentence[start..end], context.next_to_attribution))
            .map(|found| (start, found))
            .or_else(|| self.claim_after_setting(sentence, start, end, context));
        if let Some((from, (rule, why))) = rule {
            out.push(claim_found(
                context.base + from..context.base + end,
                rule,
                why,
            ));
        } else if context.entry
            && let Some(fragment) =
                super::entry_line::entry_fragment_end(&sentence[start..end], &sentence[end..])
            && let Some(rule) =
                (self.rules.claim.rules.iter()).find(|r| r.enabled && r.next_to_attribution)
        {
            // "30 Nov 04:10 — Six aboard.": the log's record, a fragment.
            let span = context.base + start..context.base + start + fragment;
            out.push(claim_found(
                span,
                rule,
                "a time-stamped entry's record, no hedge".into(),
            ));
        } else if context.quoted
            && super::quoted::quoted_claim(&sentence[start..end])
            && !self.opens_with_refused_word(&sentence[start..end])
            && let Some(rule) =
                (self.rules.claim.rules.iter()).find(|r| r.enabled && r.next_to_attribution)
        {
            // "“We were counted every morning and every night.": a source's
            // words in a quotation, no hedge.
            let span = context.base + start..context.base + end;
            out.push(claim_found(
                span,
                rule,
                "a sentence of a quotation, no hedge".into(),
            ));
        }
    }

    /// The claim rule the clause after a leading setting phrase fires ("In
    /// the estuary, fog closed two …", [`super::leading_phrase`]), with
    /// where the claim starts: after a place, else at the phrase.
    fn claim_after_setting(
        &self,
        sentence: &str,
        start: usize,
        end: usize,
        context: &Context,
    ) -> Option<(usize, (&crate::suggest::rules::ClaimRule, String))> {
        let (rest, keep) = super::leading_phrase::setting(&sentence[start..end])?;
        let rest = start + rest;
        if super::not_claim::order_only(&sentence[rest..end]) {
            return None;
        }
        let found = self.claim_rule(&sentence[rest..end], context.next_to_attribution)?;
        Some((if keep { start } else { rest }, found))
    }

    /// The first claim rule a clause fires, with the fact that fired it.
    fn claim_rule(
        &self,
        clause: &str,
        next_to_attribution: bool,
    ) -> Option<(&crate::suggest::rules::ClaimRule, String)> {
        let words = super::ascii_words::word_count(clause);
        let first = lower(super::ascii_words::words(clause).next().unwrap_or(""));
        let least = (self.rules.claim.rules.iter())
            .filter_map(|r| r.min_words)
            .fold(self.rules.claim.min_words, usize::min);
        if words < least
            || (self.not_first_words.contains(first.as_ref())
                // "The ministry proposes *to return the men …*": what a
                // note's verb puts forward.
                && !(next_to_attribution && (first == "to" || super::performative::opens_with_a_time(clause)))
                && !opens_with_a_date(clause)
                && !opens_with_a_bound(clause)
                && !super::figure_lead::opens_with_a_clock_or_part(clause)
                && !super::asked_deed::asked_object(clause))
            || clause.ends_with('?')
        {
            return None;
        }
        for (i, rule) in self.rules.claim.rules.iter().enumerate() {
            if !rule.enabled || words < rule.min_words.unwrap_or(self.rules.claim.min_words) {
                continue;
            }
            // Fewer words than the claims' `min_words`: only with a verb
            // ("He never did", not "Commercial satellite imagery").
            if words < self.rules.claim.min_words && !has_finite_verb(clause) {
                continue;
            }
            if rule.next_to_attribution {
                if next_to_attribution {
                    return Some((rule, "what an attributed source asserts, no hedge".into()));
                }
                continue;
            }
            let fact = self.claim_patterns[i]
                .as_ref()
                .and_then(|r| r.find(clause))
                .map(|m| m.as_str().to_string())
                .or_else(|| {
                    self.claim_words[i]
                        .find_first(clause)
                        .map(|h| clause[h.start..h.end].to_string())
                });
            let Some(fact) = fact else { continue };
            // "A patrol boat towed it ashore": a past event needs no
            // capitalised actor.
            if rule.needs_actor && !self.has_actor(clause) && !super::plain_past::plain_past(clause)
            {
                continue;
            }
            return Some((rule, format!("fact “{fact}”, no hedge")));
        }
        None
    }

    /// True when `clause` opens with one of the claims' `not_first_words`
    /// ("If …", "When …"), quotation marks aside.
    fn opens_with_refused_word(&self, clause: &str) -> bool {
        let first = clause
            .trim_start_matches(['“', '"', '‘', '\''])
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(super::clause_edges::is_edge);
        self.not_first_words.contains(lower(first).as_ref())
    }

    /// True when a capitalised word other than the `not_actors` names someone.
    fn has_actor(&self, clause: &str) -> bool {
        super::ascii_words::words(clause).any(|w| {
            // Cheap first: a word opening with a lower-case ASCII letter
            // keeps it when trimmed, so names no one.
            if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
                return false;
            }
            let w = w.trim_matches(super::clause_edges::is_edge);
            let first = w.chars().next();
            first.is_some_and(|c| {
                c.is_uppercase() || (c.is_alphabetic() && !c.is_ascii() && !c.is_lowercase())
            }) && !self.not_actors.contains(w)
        })
    }
}
