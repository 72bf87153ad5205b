//! The suggestion rules as data: lexicons and patterns read from a RON file (the
//! default is `assets/suggest_rules.ron`, built into the program; `--rules FILE`
//! or a project can bring its own).

use serde::{Deserialize, Serialize};

/// The default rules, `assets/suggest_rules.ron`, built into the program.
const BUILTIN_RULES: &str = include_str!("../../assets/suggest_rules.ron");

/// Every rule of the three labels plus the sentence and clause conventions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    /// Words ending in a full stop that do not end a sentence (`Mr.`, `Gen.`).
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Phrases that end a clause inside a sentence (`, but `, `; `); the phrase
    /// belongs to neither clause.
    #[serde(default)]
    pub clause_breaks: Vec<String>,
    /// Whether a document's title line (its first line, without closing
    /// punctuation, followed by a blank line) gets no suggestions; `true`
    /// unless the rules file says otherwise.
    #[serde(default = "yes")]
    pub title_line_unmarked: bool,
    /// Attributions: a cue with its source.
    pub attribution: AttributionRules,
    /// Speculation: hedge cues, each governing the rest of its clause.
    pub speculation: Vec<HedgeRule>,
    /// Claims: clauses with a checkable fact and no hedge.
    pub claim: ClaimRules,
}

/// Attribution cues and the words a source's name may be made of.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributionRules {
    /// Lower-case words a source's name may hold besides capitalised ones
    /// (`officials`, `media`, `ministry`, `spokesperson`).
    pub source_words: Vec<String>,
    /// Small words allowed inside a name but not at its edges (`of`, `for`,
    /// `the`); determiners among them (`the`, `a`, `some`) may start it.
    pub connectors: Vec<String>,
    /// Connectors that may start a name (`the`, `a`, `an`, `some`).
    pub determiners: Vec<String>,
    /// Words that are never a source: a cue next to them fires nothing (`he`,
    /// `it`, `that`).
    #[serde(default)]
    pub not_sources: Vec<String>,
    /// Words that may stand between a source and its cue ("have" in "officials
    /// have warned").
    #[serde(default)]
    pub between: Vec<String>,
    /// Phrases that, just after an attribution, make its source an unnamed one
    /// and join its span ("told reporters *on condition of anonymity*"); ASCII
    /// case ignored.
    #[serde(default)]
    pub anonymity: Vec<String>,
    /// The source an attribution with an [`AttributionRules::anonymity`] phrase
    /// gets (`unnamed sources`).
    #[serde(default)]
    pub anonymous_source: String,
    /// Words of an appositive between a source and its cue and the source they
    /// make it when it names no registry source ("Park, *a professor* at …,
    /// said" → `experts`).
    #[serde(default)]
    pub appositive_roles: Vec<(String, String)>,
    /// Head nouns of an audience a cue of `with_object` may take instead of a
    /// name ("told *a briefing*", "told *the troops*"); the audience joins the
    /// span.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Whether a body an article introduces as "Long Name (ACR)" is named ACR
    /// in that article (the introducing attribution and every later mention),
    /// rather than by the registry's canonical name; `true` unless the rules
    /// file says otherwise.
    #[serde(default = "yes")]
    pub name_by_bracketed_acronym: bool,
    /// The cue rules.
    pub rules: Vec<AttributionRule>,
}

/// Which side of its cue a source stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceSide {
    /// "Yonhap reported": the source ends where the cue starts.
    Before,
    /// "according to NK News": the source starts where the cue ends.
    After,
}

/// One attribution rule: cues whose source stands on one side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttributionRule {
    /// Stable identifier, shown with each suggestion.
    pub id: String,
    /// The rule's precision, measured on the project's sample (or a prior).
    pub score: f32,
    /// Which side the source is on.
    pub side: SourceSide,
    /// The cue phrases (ASCII case ignored, whole words).
    pub cues: Vec<String>,
    /// Cues that take an object, kept in the span ("told lawmakers", "told Daily
    /// NK"): the name after such a cue joins the span.
    #[serde(default)]
    pub with_object: Vec<String>,
    /// Only after a comma or a closing quote ("“…,” said Kim"), so that "he said
    /// Kim …" names no one.
    #[serde(default)]
    pub after_comma_or_quote: bool,
    /// The span is the source alone and the cue stays outside it, where it
    /// starts the clause that follows ("*Observers* expect little progress").
    #[serde(default)]
    pub source_only: bool,
    /// When not empty, the rule fires only where its source is a registry
    /// source of one of these kinds ("*State television* showed", not "Kim
    /// showed"): for cues too common to fire after any name.
    #[serde(default)]
    pub source_kinds: Vec<String>,
    /// Only where the subject is a document or data ("*The report* found",
    /// "*Figures from* the ministry show", "*A survey by* the institute
    /// found"), not a person ("Police found a boat"): for cues that report a
    /// finding.
    #[serde(default)]
    pub document_subject: bool,
    /// Only where a reported clause follows the cue ("that", a quote or a
    /// colon, perhaps after a time phrase) or a quote stands before it: for
    /// verbs that also take a plain object ("argued *that* …", not "testified
    /// *for three hours*").
    #[serde(default)]
    pub needs_clause: bool,
    /// Only where a figure is the object: "put *the toll at 30*", "lists *the
    /// peak at 2,744 metres*", "give *2,750*": for verbs that give a number
    /// only then ("put *the blame* on", "gave *no details*").
    #[serde(default)]
    pub figure_object: bool,
    /// When not empty, the cue fires only before a determiner and one of these
    /// nouns, which join the span ("has called *such reports*", "dismissed
    /// *the allegations*"), not "called *a meeting*".
    #[serde(default)]
    pub object_nouns: Vec<String>,
    /// A participle after a comma with the sentence's subject as its source
    /// (", *arguing* that …", ", *adding* that …"): the span is the cue alone.
    #[serde(default)]
    pub participle: bool,
    /// False to switch the rule off.
    #[serde(default = "yes")]
    pub enabled: bool,
}

/// One speculation rule: hedge cues and the contexts in which they do not hedge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HedgeRule {
    /// Stable identifier.
    pub id: String,
    /// The rule's precision, measured or a prior.
    pub score: f32,
    /// The cue phrases (ASCII case ignored, whole words).
    pub cues: Vec<String>,
    /// Regexes tried on the text from the cue on: a match means the cue does not
    /// hedge here (`^could not be reached`, `^May\s+\d`).
    #[serde(default)]
    pub unless_followed_by: Vec<String>,
    /// Regexes tried on the clause up to the cue (`(?i)\bin\s+$` before "May").
    #[serde(default)]
    pub unless_preceded_by: Vec<String>,
    /// Words that join the span when they stand just before the cue ("is" in "is
    /// likely linked").
    #[serde(default)]
    pub auxiliaries_before: Vec<String>,
    /// Only in lower case, except as a sentence's first word ("may" but not the
    /// month "May" inside a sentence).
    #[serde(default)]
    pub lowercase_only: bool,
    /// When not empty, the cue hedges only where one of these regexes matches
    /// the text from the cue on ("seen" only in "seen in Seoul *as*").
    #[serde(default)]
    pub only_followed_by: Vec<String>,
    /// When not empty, the cue hedges only where one of these regexes matches
    /// the clause up to the cue ("seen" only after "is", "are", "was" …).
    #[serde(default)]
    pub only_preceded_by: Vec<String>,
    /// Not in what an attribution before it reports ("X said the North
    /// *would* …" is the source's claim; "It *would* be the first …" is the
    /// writer's conjecture).
    #[serde(default)]
    pub not_reported: bool,
    /// False to switch the rule off.
    #[serde(default = "yes")]
    pub enabled: bool,
}

/// What makes a clause a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRules {
    /// Fewest words a claim has.
    pub min_words: usize,
    /// A clause starting with one of these words is not a claim on its own
    /// (`in`, `on`: a prepositional phrase left over from an attribution).
    #[serde(default)]
    pub not_first_words: Vec<String>,
    /// Words that end a leading time or circumstance phrase after an attribution
    /// ("said on *Monday* it had…", "said in a *statement* the …").
    #[serde(default)]
    pub adverbial_ends: Vec<String>,
    /// Capitalised words that are not an actor (`The`, `It`, `Monday`).
    #[serde(default)]
    pub not_actors: Vec<String>,
    /// Regexes over a whole sentence that make it page furniture, never a
    /// claim ("All times are Seoul time", "Here are the main points").
    #[serde(default)]
    pub not_claims: Vec<String>,
    /// The rules, tried in order: the first that fires names the suggestion.
    pub rules: Vec<ClaimRule>,
}

/// One claim rule: a clause fires it when a pattern matches, or a word of its
/// lexicon occurs (and, if `needs_actor`, a named actor too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRule {
    /// Stable identifier.
    pub id: String,
    /// The rule's precision, measured or a prior.
    pub score: f32,
    /// Regexes (the `regex` crate's syntax) over the clause.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Words (ASCII case ignored, whole words).
    #[serde(default)]
    pub words: Vec<String>,
    /// Also needs a capitalised word that is not in `not_actors`.
    #[serde(default)]
    pub needs_actor: bool,
    /// Fires on any clause next to an attribution (what the source asserts),
    /// patterns and words aside.
    #[serde(default)]
    pub next_to_attribution: bool,
    /// Fewest words of a clause this rule fires on, when not the claims'
    /// `min_words` ("He never did" asserts in three).
    #[serde(default)]
    pub min_words: Option<usize>,
    /// False to switch the rule off.
    #[serde(default = "yes")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

/// A rules file that cannot be used, or a rule that cannot be compiled.
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    /// Not RON of the rules' shape.
    #[error("not a rules file: {0}")]
    Parse(String),
    /// A rule's regex does not compile.
    #[error("rule {rule}: bad pattern {pattern:?}: {reason}")]
    Pattern {
        /// The rule's id.
        rule: String,
        /// The pattern as written.
        pattern: String,
        /// The regex crate's reason, first line.
        reason: String,
    },
    /// Two rules share an id, or a rule has none.
    #[error("rule ids must be unique and not empty: {0:?}")]
    Id(String),
    /// A lexicon cannot be built.
    #[error("cannot build the cue lexicon: {0}")]
    Lexicon(String),
}

impl RuleSet {
    /// The rules built into the program (`assets/suggest_rules.ron`).
    pub fn builtin() -> Self {
        // The built-in file is tested to parse and compile.
        Self::from_ron(BUILTIN_RULES).unwrap_or_else(|_| RuleSet::empty())
    }

    /// The text of the built-in rules, comments kept (what the window's rules
    /// editor starts from when a project has no rules file).
    pub fn builtin_text() -> &'static str {
        BUILTIN_RULES
    }

    /// No rule at all (suggests nothing).
    pub fn empty() -> Self {
        RuleSet {
            abbreviations: Vec::new(),
            clause_breaks: Vec::new(),
            title_line_unmarked: true,
            attribution: AttributionRules {
                source_words: Vec::new(),
                connectors: Vec::new(),
                determiners: Vec::new(),
                not_sources: Vec::new(),
                between: Vec::new(),
                anonymity: Vec::new(),
                anonymous_source: String::new(),
                appositive_roles: Vec::new(),
                audiences: Vec::new(),
                name_by_bracketed_acronym: true,
                rules: Vec::new(),
            },
            speculation: Vec::new(),
            claim: ClaimRules {
                min_words: 1,
                not_first_words: Vec::new(),
                adverbial_ends: Vec::new(),
                not_actors: Vec::new(),
                not_claims: Vec::new(),
                rules: Vec::new(),
            },
        }
    }

    /// Reads rules from RON text, checking that ids are unique.
    pub fn from_ron(text: &str) -> Result<Self, RulesError> {
        let rules: RuleSet = ron::Options::default()
            .with_recursion_limit(32)
            .from_str(text)
            .map_err(|e| RulesError::Parse(e.to_string()))?;
        let mut seen = std::collections::BTreeSet::new();
        for id in rules.rule_ids() {
            if id.trim().is_empty() || !seen.insert(id) {
                return Err(RulesError::Id(id.to_string()));
            }
        }
        Ok(rules)
    }

    /// Every rule's id with its label and score, in the file's order.
    pub fn rule_ids(&self) -> impl Iterator<Item = &str> {
        self.rule_table().into_iter().map(|(id, _, _)| id)
    }

    /// `(id, label, score)` of every rule, in the file's order.
    pub fn rule_table(&self) -> Vec<(&str, &'static str, f32)> {
        let mut out = Vec::new();
        for r in &self.attribution.rules {
            out.push((r.id.as_str(), super::ATTRIBUTION, r.score));
        }
        for r in &self.speculation {
            out.push((r.id.as_str(), super::SPECULATION, r.score));
        }
        for r in &self.claim.rules {
            out.push((r.id.as_str(), super::CLAIM, r.score));
        }
        out
    }

    /// Switches off the rule `id` ("don't suggest this rule"); false when there is
    /// no such rule.
    pub fn disable(&mut self, id: &str) -> bool {
        let mut found = false;
        for r in &mut self.attribution.rules {
            if r.id == id {
                r.enabled = false;
                found = true;
            }
        }
        for r in &mut self.speculation {
            if r.id == id {
                r.enabled = false;
                found = true;
            }
        }
        for r in &mut self.claim.rules {
            if r.id == id {
                r.enabled = false;
                found = true;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_parse_with_rules_of_every_label() {
        let rules = RuleSet::from_ron(BUILTIN_RULES).expect("assets/suggest_rules.ron parses");
        let table = rules.rule_table();
        for label in [
            super::super::ATTRIBUTION,
            super::super::SPECULATION,
            super::super::CLAIM,
        ] {
            assert!(table.iter().any(|(_, l, _)| *l == label), "{label}");
        }
    }

    #[test]
    fn duplicate_ids_and_bad_files_are_refused() {
        let mut rules = RuleSet::builtin();
        let first = rules.speculation[0].clone();
        rules.speculation.push(first);
        let text = ron::to_string(&rules).unwrap();
        assert!(matches!(RuleSet::from_ron(&text), Err(RulesError::Id(_))));
        assert!(matches!(
            RuleSet::from_ron("RuleSet("),
            Err(RulesError::Parse(_))
        ));
    }

    #[test]
    fn a_rule_can_be_switched_off() {
        let mut rules = RuleSet::builtin();
        let id = rules.speculation[0].id.clone();
        assert!(rules.disable(&id));
        assert!(!rules.speculation[0].enabled);
        assert!(!rules.disable("no-such-rule"));
    }
}
