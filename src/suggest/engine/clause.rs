//! A sentence cut into clauses around its attributions and clause breaks; in
//! each clause, speculation from its first hedge cue, else perhaps a claim.

pub(super) use super::clause_context::Context;
use super::clause_edges::{
    after_as_saying, appositive_before_hedge, find_that, has_finite_verb, is_belief_verb, is_edge,
    only_if, opens_with_none, skip_appositive, strip_word, tail_of, trim_clause, with_expletive_it,
};
use super::clause_shape::{
    auxiliary_before_adverb, describes_source, is_hedged_rider, is_negated_rider, when_after_date,
};
use super::clause_words::{dateline_end, is_but, participle_tails, relative_in_subject};
use super::reported::{self, BELIEF_VERBS};
use super::trailing::trailing_cut;
use super::{Found, Suggester};
use crate::suggest::{CLAIM, SPECULATION};

impl Suggester {
    pub(super) fn suggest_sentence(&self, text: &str, s: usize, e: usize, out: &mut Vec<Found>) {
        // "2.3 The treasurer said …": the item number is no part of a claim
        // or its attribution; "4.1 Report of the auditor." is a heading.
        let item = super::item_number::item_number_end(text, s, &text[s..e]);
        let s = s + item;
        let sentence = &text[s..e];
        // The attribution rules' cues, then the clause breaks.
        let mut cues = self.sentence_cues.find_all(sentence);
        let breaks = cues.pop().unwrap_or_default();
        // "1.2 The clerk said", "SEOUL, May 2 — A man … told": no part of an attribution.
        let skip = super::dateline_lead::lead_skip(text, s, sentence);
        let attributions = self.attributions_after_number(sentence, &cues, skip);
        // (start, end, is an attribution)
        let mut cuts: Vec<(usize, usize, bool)> = attributions
            .iter()
            .map(|f| (f.start, f.end, true))
            .collect();
        // "the cost — about a million, by one count — fell": no break inside.
        let asides = super::dash_pair::asides(sentence);
        for hit in breaks {
            // "6:15 a.m." holds a colon but no clause break (": " does).
            let colon_in_word = sentence[hit.start..hit.end].trim() == ":"
                && !sentence[hit.start..].starts_with(": ");
            if colon_in_word
                || relative_in_subject(sentence, hit.start, hit.end)
                || super::dash_pair::inside(&asides, hit.start)
                || super::dash_pair::joins_numbers(sentence, hit.start, hit.end)
                || super::dash_pair::joins_words(sentence, hit.start, hit.end)
            {
                continue;
            }
            if !cuts.iter().any(|&(a, b, _)| hit.start < b && a < hit.end) {
                cuts.push((hit.start, hit.end, false));
            }
        }
        // "… since 2020, *when* the border closed": the "when" clause is a
        // fact of its own, told like the clause before (`times`).
        let mut times = Vec::new();
        for (a, b) in when_after_date(sentence) {
            if !cuts.iter().any(|&(x, y, _)| a < y && x < b) {
                cuts.push((a, b, false));
                times.push(a);
            }
        }
        for comma in participle_tails(sentence) {
            if !super::dash_pair::inside(&asides, comma)
                && !cuts.iter().any(|&(a, b, _)| comma < b && a <= comma)
            {
                cuts.push((comma, comma + 1, false));
            }
        }
        // "… rose to a record*, with* a box fetching 412,000 won": a fact apart.
        for (a, b) in super::with_absolute::breaks(sentence, &cuts) {
            cuts.push((a, b, false));
        }
        // "… barred from entering*, so* distribution was …": a result apart.
        for (a, b) in super::so_result::breaks(sentence, &cuts) {
            cuts.push((a, b, false));
        }
        // "… on 3 May*, after* residents complained": the earlier event apart.
        for (a, b) in super::after_clause::breaks(sentence, &cuts) {
            cuts.push((a, b, false));
            times.push(a);
        }
        // " and that ", " and the laptops were …": the clause after goes on
        // being what the clause before reports.
        let (mut carries, mut comma_carries) = (Vec::new(), Vec::new());
        for (a, b) in reported::and_clauses(sentence) {
            if !cuts.iter().any(|&(x, y, _)| a < y && x < b) {
                cuts.push((a, b, false));
                carries.push(a);
            } else if let Some(x) = super::and_that::comma_and_that(sentence, a, b, &cuts) {
                comma_carries.push(x);
            }
        }
        // "… and *had not* received a request": a second predicate of its own.
        let mut predicates = Vec::new();
        for (a, b) in super::conjunct::predicate_breaks(sentence) {
            if !cuts.iter().any(|&(x, y, _)| a < y && x < b) {
                cuts.push((a, b, false));
                carries.push(a);
                predicates.push(a);
            }
        }
        cuts.sort_unstable();
        // "said A *but that* B": B is the source's too, and a claim apart.
        carries.extend(cuts.iter().filter_map(|&(a, b, attribution)| {
            (!attribution && super::conjunct::but_that_break(sentence, a, b)).then_some(a)
        }));
        // "All times are Seoul time", "Here are the main points": no claim.
        // Headlines, show notes and the article about itself: no claim
        // unless a source speaks in them.
        let furniture = (self.not_claim_gate).any_match(&self.not_claims, sentence)
            || (attributions.is_empty() && super::not_claim::not_a_claim(text, s, e))
            || (item > 0 && super::item_number::is_run_in_heading(sentence));
        // "30 Nov 04:10 — Catch poor.": a log's record is a claim.
        let entry = attributions.is_empty() && super::entry_line::in_entry(text, s);
        // "“… *We were counted every morning.* …”": a sentence of a quotation
        // with no attribution of its own.
        let quoted = attributions.is_empty() && super::quoted::inside_quotation(text, s, sentence);
        // "SEOUL, Dec. 3 (Yonhap) -- North Korea fired …": the claim starts
        // after the dateline.
        let mut at = dateline_end(sentence);
        let mut after_attribution = false;
        // A claim just before ", but": the clause after it joins the claim
        // unless it is hedged ("fired 100 warning shots, *but none hit*").
        let mut claim_before_but: Option<usize> = None;
        // A hedge just before "but": a short negated rider after it joins
        // the hedge ("likely *but not certain*").
        let mut hedge_before_but: Option<usize> = None;
        // That "but" has no comma before it ("small *but* steady").
        let mut bare_but = false;
        // The attribution just cut follows what it attributes ("…, said
        // Lee, *an economist*"): a description of its source after it is no
        // claim.
        let mut source_after_claim = false;
        let (mut carry, mut last_reported, mut after_predicate) = (false, false, false);
        let mut after_time = false;
        // After ", and that" the clause is still told by the source, even
        // when the one before was a hedge (its own hedges then still count).
        let mut comma_carry = false;
        let end = (sentence.len(), sentence.len(), false);
        for (cut_start, cut_end, is_attribution) in cuts.into_iter().chain([end]) {
            if cut_start > at
                && let Some(hedge) = hedge_before_but.take()
                && let Some((_, rider_end)) =
                    trim_clause(sentence, at, cut_start).filter(|&(a, b)| {
                        is_negated_rider(&sentence[a..b])
                            || is_hedged_rider(&sentence[a..b])
                            || (bare_but && self.plain_rider(&sentence[a..b]))
                    })
            {
                out[hedge].end = s + rider_end;
            } else if cut_start > at {
                let carried = carry && last_reported;
                // "…, the agency said, *because* …": the reason is the source's.
                let reason = reported::gives_a_reason(&sentence[..at], !attributions.is_empty());
                let context = Context {
                    base: s,
                    after_attribution,
                    next_to_attribution: after_attribution
                        || is_attribution
                        || carried
                        || (comma_carry && last_reported)
                        || reason
                        || after_time,
                    reported: carried,
                    furniture,
                    source_after_claim: after_attribution && source_after_claim,
                    entry,
                    quoted,
                };
                let first = out.len();
                last_reported = self.clause(sentence, at, cut_start, &context, out);
                // "… and *moved* the classes…", "…, and *the entries were
                // written in ink*", "…, *as* harvests fell": facts apart.
                if let Some(claim) =
                    self.following_claim(out, first, after_predicate, sentence, s, (at, cut_start))
                {
                    out.push(claim);
                }
                // "…, but *none* of them carried coal" completes the claim
                // before; another clause after ", but" asserts on its own.
                if let Some(claim) = claim_before_but.take()
                    && !super::refusal_tail::is_refusal(&sentence[..at], &sentence[at..cut_start])
                    && (!sentence[..at].trim_end().ends_with(", but")
                        || opens_with_none(&sentence[at..cut_start])
                        || super::negated_tail::is_negated_phrase(&sentence[at..cut_start]))
                    && out[first..].iter().all(|f| f.label == CLAIM)
                    && let Some((_, clause_end)) = trim_clause(sentence, at, cut_start)
                {
                    out.truncate(first);
                    out[claim].end = s + clause_end;
                }
                // "X said A, but B": B need not be X's, so it stays a clause
                // of its own when the sentence has an attribution.
                // "… told a briefing that A *but* B" (no comma): B is still
                // the source's.
                let cut = &sentence[cut_start..cut_end];
                let is_but = !is_attribution
                    && (attributions.is_empty()
                        || !cut.starts_with(',')
                        || super::negated_tail::negated_phrase_after(sentence, cut_end))
                    && is_but(cut);
                if is_but
                    && !super::conjunct::but_that_break(sentence, cut_start, cut_end)
                    && let Some(last) = out.last()
                    && last.label == CLAIM
                    && trim_clause(sentence, at, cut_start).is_some_and(|(_, e)| s + e == last.end)
                {
                    claim_before_but = Some(out.len() - 1);
                }
                // "…, she said it was “possible, *but not confirmed*”": the
                // rider is the hedge's even after an attribution.
                if !is_attribution
                    && super::clause_words::is_but(cut)
                    && let Some(last) = out.last()
                    && last.label == SPECULATION
                    && trim_clause(sentence, at, cut_start).is_some_and(|(_, e)| s + e == last.end)
                {
                    hedge_before_but = Some(out.len() - 1);
                    bare_but = !cut.contains([',', '"', '“', '”'])
                        && !(sentence[..cut_start].trim_end()).ends_with([',', '"', '“', '”']);
                }
            }
            if cut_end >= at {
                source_after_claim =
                    is_attribution && trim_clause(sentence, at.min(cut_start), cut_start).is_some();
                after_attribution = is_attribution;
                carry = carries.contains(&cut_start)
                    || (comma_carries.contains(&cut_start)
                        && super::and_that::after_a_claim(out.last(), s));
                comma_carry = comma_carries.contains(&cut_start);
                after_predicate = predicates.contains(&cut_start);
                after_time = times.contains(&cut_start);
            }
            at = at.max(cut_end);
        }
        // "The agency called *the order “…”*": no claim.
        super::definite_label::drop_labelled_objects(sentence, s, &attributions, out);
        out.extend(attributions.into_iter().map(|mut f| {
            f.start += s;
            f.end += s;
            f
        }));
    }

    /// One clause `[a, b)` of `sentence`: speculation from its first hedge cue
    /// (the part before it, when a comma ends it, may be a claim), else perhaps a
    /// claim. True when the clause is what a source reports.
    fn clause(
        &self,
        sentence: &str,
        a: usize,
        b: usize,
        context: &Context,
        out: &mut Vec<Found>,
    ) -> bool {
        let mut reported = context.reported || context.after_attribution;
        let Some((mut start, mut end)) = trim_clause(sentence, a, b) else {
            return reported;
        };
        // "… but *declined to say* how much": a refusal is no claim.
        if super::refusal_tail::is_refusal(&sentence[..start], &sentence[start..end])
            || super::request::is_request(&sentence[start..end])
        {
            return reported;
        }
        // "The board noted that", cut off by a second attribution: no claim.
        if super::frame_only::is_frame_only(&sentence[start..end], &self.reporting_verbs) {
            return reported;
        }
        // "A *and* said B": the conjunction before a cue is no part of A.
        if let Some(rest) = ["and", "but", "or"].iter().find_map(|c| {
            sentence[start..end]
                .strip_suffix(c)
                .filter(|r| r.ends_with(' '))
        }) && b < sentence.len()
        {
            end = start + rest.trim_end().len();
        }
        let mut belief = false;
        if context.after_attribution {
            belief = is_belief_verb(&sentence[..a]);
            let after_comma = sentence[a..start].contains(',');
            if after_comma
                && context.source_after_claim
                && describes_source(&sentence[..start], &sentence[start..end])
            {
                return reported;
            }
            start = skip_appositive(sentence, a, start, end, &self.rules.attribution.determiners);
            // "According to NK News, *satellite images showed that* …": after
            // a comma the clause is whole, its "that" its own.
            if let Some(quoted) = after_as_saying(&sentence[start..end]) {
                start += quoted;
            } else if let Some(rest) =
                (strip_word(&sentence[start..end], "that")).filter(|_| after_comma)
            {
                // "Reuters reported, citing a clerk, *that* …": the verb's
                // "that", right after the comma that closes the citation.
                start = end - rest.len();
            } else if let Some(that) = find_that(&sentence[start..end])
                .filter(|_| !after_comma)
                // "considers *it likely* that …": the hedge is the clause's.
                .filter(|&t| !super::judgement_verb::is_hedged_it(&sentence[start..start + t]))
            {
                start += that;
            } else {
                start += self.leading_adverbial(&sentence[start..end]);
            }
        } else if let Some(rest) =
            (strip_word(&sentence[start..end], "that")).filter(|_| context.reported)
        {
            // "…, and *that* the crew found at first light that …": the
            // carried clause opens at its own "that".
            start = end - rest.len();
        } else if let Some(at) = reported::after_according_to(&sentence[start..end]) {
            start += at;
            reported = true;
        } else if let Some((at, verb)) =
            reported::that_after_verb(&sentence[start..end], &self.reporting_verbs)
                .filter(|(at, v)| !super::hedged_report::is_hedged(&sentence[start..start + at], v))
        {
            start += at;
            reported = true;
            belief = BELIEF_VERBS.contains(&verb.as_str());
        } else if let Some(at) = super::bare_said::reported_after_bare_said(&sentence[start..end]) {
            // "X, a lecturer …, *said* insurance is …": the cue rules found
            // no attribution, but the claim is still what follows the verb.
            start += at;
            reported = true;
        } else if let Some(rest) = strip_word(&sentence[start..end], "that")
            && !sentence[..start].trim_matches(is_edge).is_empty()
        {
            start = end - rest.len();
        }
        // "… and declined to elaborate": the refusal is no part of the claim.
        if let Some(cut) = super::refusal_tail::refusal_start(&sentence[start..end]) {
            match trim_clause(sentence, start, start + cut) {
                Some((s2, e2)) => (start, end) = (s2, e2),
                None => return reported,
            }
        }
        // "…, the operator said", ", neither of whom …": the clause ends
        // before them.
        let mut tail = None;
        let (whole_start, whole_end) = (start, end);
        let mut apposition = false;
        if let Some(trail) = trailing_cut(&sentence[start..end], &self.reporting_verbs) {
            tail = trail.tail_start.map(|t| (start + t, end));
            apposition = trail.apposition;
            match trim_clause(sentence, start, start + trail.head_end) {
                Some((s2, e2)) => (start, end) = (s2, e2),
                None => return reported,
            }
        }
        let clause_context = Context {
            reported,
            next_to_attribution: context.next_to_attribution || reported,
            ..*context
        };
        let head = out.len();
        self.hedge_or_claim(sentence, start, end, &clause_context, belief, out);
        // After a hedge the tail stays the hedge's (kept inside 1, the
        // hedge ending before it 1, in gold); after a clause no rule read,
        // the clause is read whole: both as before.
        if apposition && out[head..].last().is_none_or(|f| f.label == SPECULATION) {
            out.truncate(head);
            self.hedge_or_claim(
                sentence,
                whole_start,
                whole_end,
                &clause_context,
                belief,
                out,
            );
            return reported;
        }
        if let Some((ts, te)) = tail {
            let own = Context {
                after_attribution: false,
                next_to_attribution: false,
                reported: false,
                ..*context
            };
            let before_tail = out.len();
            self.hedge_or_claim(sentence, ts, te, &own, false, out);
            // ", most of them from abroad": the tail breaks down the claim
            // before it, so it is a claim too when no rule of its own fired.
            if out.len() == before_tail
                && let Some(claim) = super::figure_tail::tail_claim(
                    &out[head..before_tail],
                    sentence,
                    context.base,
                    (ts, te),
                )
            {
                out.push(claim);
            }
        }
        reported
    }

    /// `[start, end)` of `sentence` (trimmed, its attribution left out):
    /// speculation from its first hedge cue, or all of it when it is what a
    /// source believes (`belief`), else perhaps a claim.
    fn hedge_or_claim(
        &self,
        sentence: &str,
        start: usize,
        end: usize,
        context: &Context,
        belief: bool,
        out: &mut Vec<Found>,
    ) {
        let clause = &sentence[start..end];
        let base = context.base;
        let hits = self.hedge_cues.find_all(clause);
        for hit in hits.iter().copied() {
            let rule = &self.rules.speculation[hit.value];
            let cue = &clause[hit.start..hit.end];
            let at_sentence_start = sentence[..start + hit.start]
                .trim_matches(is_edge)
                .is_empty();
            if rule.lowercase_only && !at_sentence_start && cue.chars().any(char::is_uppercase) {
                continue;
            }
            let after = &clause[hit.start..];
            let before = &clause[..hit.start];
            // The "unless/only preceded by" regexes read the last words
            // before the cue: a bounded look-back.
            let near = tail_of(before, 160);
            if self.hedge_unless_after[hit.value]
                .iter()
                .any(|r| r.is_match(after))
                || self.hedge_unless_before[hit.value]
                    .iter()
                    .any(|r| r.is_match(near))
                || !only_if(&self.hedge_only_after[hit.value], after)
                || !only_if(&self.hedge_only_before[hit.value], near)
                || (rule.not_reported && context.reported)
                || super::hedge_skip::skip_hedge(sentence, start + hit.start, cue, before, after)
            {
                continue;
            }
            let mut cue_start = hit.start;
            let previous = before.trim_end();
            // "was “possible": the auxiliary stands before an opening quote.
            let unquoted = previous
                .strip_suffix(['"', '“'])
                .map_or(previous, str::trim_end);
            let word_at = unquoted
                .rfind(|c: char| c.is_whitespace())
                .map_or(0, |i| i + 1);
            if rule
                .auxiliaries_before
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&unquoted[word_at..]))
            {
                cue_start = word_at;
            } else if let Some(aux) = auxiliary_before_adverb(unquoted, &rule.auxiliaries_before) {
                // "is *also* possible": the auxiliary opens the hedge.
                cue_start = aux;
            }
            cue_start = with_expletive_it(clause, cue_start, hit.end);
            cue_start = super::hedge_whether::doubted_whether(sentence, start, clause, cue_start);
            // "If the dam holds, the valley may …": the condition is the hedge's.
            let opening = super::clause_edges::at_clause_start(sentence, start)
                .then(|| super::hedge_opening::opening_scope(clause, cue_start, cue))
                .flatten();
            cue_start = opening.unwrap_or(cue_start);
            // "A, *a hacking unit* believed to …": the claim ends before the
            // appositive the hedge describes.
            // "The stage, which failed in 2023, appears to …": the subject
            // and its relative clause are no claim of their own.
            let lead_end = if opening.is_some() || previous.contains(", which ") {
                None
            } else if previous.ends_with(',') {
                Some(previous.len())
            } else if let Some(asserted) = previous.strip_suffix(" and")
                && has_finite_verb(asserted)
            {
                // "A bill … *passed* the House in October and could reach …":
                // the first verb phrase asserts.
                Some(asserted.len())
            } else {
                appositive_before_hedge(previous, &self.rules.attribution.determiners)
            };
            if let Some(lead_end) = lead_end {
                let lead = Context {
                    next_to_attribution: false,
                    ..*context
                };
                if let Some((ls, le)) = trim_clause(sentence, start, start + lead_end) {
                    self.claim(sentence, ls, le, &lead, out);
                }
            }
            // "may reflect a push, *possibly* to earn …": a second hedge
            // adverb after a comma is a speculation of its own.
            let second = hits.iter().find(|h| {
                h.start > hit.end
                    && self.rules.speculation[h.value].id == "hedge-adverb"
                    && clause[..h.start].ends_with(", ")
            });
            let mut first_end = second.map_or(end, |h| start + h.start - 2);
            // "…, a view shared by several analysts": who else holds it.
            if let Some(cut) =
                super::hedge_tail::shared_view(&sentence[start + cue_start..first_end])
            {
                first_end = start + cue_start + cut;
            }
            // "could hardly be worse, *with* the harvest near": the hedge ends
            // before the circumstance, which may be a claim.
            let hedged = &sentence[start + cue_start..first_end];
            // "… next summer, *when* the season peaks": the time's event is told,
            // a claim with or without a source before the hedge (gold 5 of 5).
            let with = super::conjunct::with_circumstance(hedged);
            let told = with.is_none();
            let circumstance = (with.or_else(|| super::hedge_tail::clause_tail(hedged)))
                .or_else(|| super::hedge_reason::reason_tail(hedged))
                .map(|(hedge_end, tail)| {
                    let tail = (start + cue_start + tail, first_end);
                    first_end = start + cue_start + hedge_end;
                    tail
                });
            out.push(Found {
                start: base + start + cue_start,
                end: base + first_end,
                label: SPECULATION,
                source: None,
                rule: rule.id.clone(),
                score: rule.score,
                why: format!("hedge “{cue}”"),
                back_reference: false,
            });
            if let Some((ts, te)) = circumstance
                && let Some((ts, te)) = trim_clause(sentence, ts, te)
            {
                // A "with" circumstance is the writer's; a "when" clause is
                // told by the hedge's source, if any.
                let own = Context {
                    next_to_attribution: told,
                    ..*context
                };
                self.claim(sentence, ts, te, &own, out);
            }
            if let Some(h) = second {
                let adverb = &self.rules.speculation[h.value];
                out.push(Found {
                    start: base + start + h.start,
                    end: base + end,
                    label: SPECULATION,
                    source: None,
                    rule: adverb.id.clone(),
                    score: adverb.score,
                    why: format!("hedge “{}”", &clause[h.start..h.end]),
                    back_reference: false,
                });
            }
            return;
        }
        if belief
            && let Some(rule) =
                (self.rules.speculation.iter()).find(|r| r.enabled && r.id == "belief")
            && clause.split_whitespace().count() >= 3
        {
            out.push(Found {
                start: base + start,
                end: base + end,
                label: SPECULATION,
                source: None,
                rule: rule.id.clone(),
                score: rule.score,
                why: "what a source suspects or believes".into(),
                back_reference: false,
            });
            return;
        }
        self.claim(sentence, start, end, context, out);
    }
}
