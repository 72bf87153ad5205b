//! Deterministic generator of large projects, for benchmarks and scale tests.
//!
//! The text is made of paragraphs of news-like sentences written for this project
//! (Korean names, curly quotes, emoji and combining accents included), so that
//! layout, offset conversion and escaping meet the same kinds of text real articles
//! bring. The same [`GenerateSpec`] and seed always give the same project, byte for
//! byte.

use super::{Annotation, Document, Project};

/// What to generate: one main article of about `main_bytes` bytes carrying
/// `annotations` annotations, plus `small_articles` short articles with a few each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GenerateSpec {
    /// Approximate size of the main article's text in UTF-8 bytes.
    pub main_bytes: usize,
    /// Number of annotations on the main article.
    pub annotations: usize,
    /// Number of extra short articles (about 2 kB, 10 annotations each).
    pub small_articles: usize,
    /// Seed of the pseudo-random choices.
    pub seed: u64,
}

impl GenerateSpec {
    /// The small case: a 10 kB article with 100 annotations.
    pub const SMALL: GenerateSpec = GenerateSpec {
        main_bytes: 10_000,
        annotations: 100,
        small_articles: 0,
        seed: 1,
    };
    /// The peer's middle case: 117 kB with 1,000 annotations.
    pub const PEER_117K: GenerateSpec = GenerateSpec {
        main_bytes: 117_000,
        annotations: 1_000,
        small_articles: 0,
        seed: 2,
    };
    /// The peer's large case: 1 MB with 10,000 annotations.
    pub const PEER_1M: GenerateSpec = GenerateSpec {
        main_bytes: 1_000_000,
        annotations: 10_000,
        small_articles: 0,
        seed: 3,
    };
    /// The large case: a 10 MB article with 100,000 annotations plus 100 small
    /// articles.
    pub const LARGE: GenerateSpec = GenerateSpec {
        main_bytes: 10_000_000,
        annotations: 100_000,
        small_articles: 100,
        seed: 4,
    };

    /// The named presets: `small`, `117k`, `1m`, `large`.
    pub fn preset(name: &str) -> Option<GenerateSpec> {
        match name {
            "small" | "10k" => Some(Self::SMALL),
            "117k" | "peer-117k" => Some(Self::PEER_117K),
            "1m" | "peer-1m" => Some(Self::PEER_1M),
            "large" | "10m" => Some(Self::LARGE),
            _ => None,
        }
    }
}

pub(super) const PLACES: &[&str] = &[
    "Pyongyang",
    "평양",
    "Wonsan",
    "Sinuiju",
    "the Sohae launch site",
    "Kaesong",
    "Seoul",
    "the border town of Paju",
    "Rason",
    "Hamhŭng",
];

const SOURCES: &[&str] = &[
    "KCNA",
    "NK News",
    "Yonhap",
    "state media",
    "Rodong Sinmun",
    "조선중앙통신",
    "South Korean officials",
    "some analysts",
    "38 North",
    "Daily NK",
];

const SUBJECTS: &[&str] = &[
    "the ministry",
    "a senior official",
    "the delegation",
    "the workers’ party committee",
    "the army’s general staff",
    "local residents",
    "the Café Résumé group",
    "researchers in Seoul",
    "a spokesperson",
    "the fisheries cooperative",
];

const THINGS: &[&str] = &[
    "the new housing project",
    "the grain harvest",
    "a test of a solid-fuel engine",
    "the parade rehearsals",
    "rail repairs near the coast",
    "the fertiliser shipments",
    "the “victory” exhibition",
    "the satellite programme",
    "tourism in the eastern province",
    "the youth league congress",
];

const TEMPLATES: &[&str] = &[
    "According to {source}, {subject} inspected {thing} in {place} on Tuesday.",
    "{source} reported that {thing} was completed “ahead of schedule” 🎉.",
    "It may be that {subject} will delay {thing} until the spring.",
    "Satellite images suggest {thing} near {place} could be larger than announced.",
    "{subject} said {thing} had “exceeded every target”, {source} wrote.",
    "Observers speculate that {thing} is meant for an audience abroad 🤔.",
    "In {place}, {subject} described {thing} as a turning point.",
    "The report, carried by {source}, did not name who attended.",
    "Prices in the markets of {place} rose again this week, traders told {source}.",
    "Perhaps the timing of {thing} reflects tensions with Seoul 🇰🇵.",
    "{subject} visited {place} and praised the crews working on {thing}.",
    "No independent confirmation of {thing} was available, {source} noted.",
    "The naïve reading of the speech is that {thing} comes first.",
    "Officials in {place} declined to comment on {thing} 👋🏽.",
];

/// A word of the generated text, as char offsets.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
}

/// Text built sentence by sentence, remembering each sentence's words.
pub(super) struct TextBuilder {
    pub(super) text: String,
    chars: usize,
    /// Per sentence, its words.
    sentences: Vec<Vec<Word>>,
}

impl TextBuilder {
    fn new(capacity: usize) -> Self {
        TextBuilder {
            text: String::with_capacity(capacity + 1024),
            chars: 0,
            sentences: Vec::new(),
        }
    }

    fn push_plain(&mut self, s: &str) {
        self.text.push_str(s);
        self.chars += s.chars().count();
    }

    fn push_sentence(&mut self, s: &str) {
        let mut words = Vec::new();
        let mut current: Option<usize> = None;
        for ch in s.chars() {
            if ch.is_whitespace() {
                if let Some(start) = current.take() {
                    words.push(Word {
                        start,
                        end: self.chars,
                    });
                }
            } else if current.is_none() {
                current = Some(self.chars);
            }
            self.text.push(ch);
            self.chars += 1;
        }
        if let Some(start) = current {
            words.push(Word {
                start,
                end: self.chars,
            });
        }
        if !words.is_empty() {
            self.sentences.push(words);
        }
    }
}

pub(super) fn pick<'a>(rng: &mut fastrand::Rng, list: &[&'a str]) -> &'a str {
    list.get(rng.usize(..list.len())).copied().unwrap_or("")
}

fn sentence(rng: &mut fastrand::Rng) -> String {
    let template = pick(rng, TEMPLATES);
    let mut out = template
        .replace("{source}", pick(rng, SOURCES))
        .replace("{subject}", pick(rng, SUBJECTS))
        .replace("{thing}", pick(rng, THINGS))
        .replace("{place}", pick(rng, PLACES));
    if let Some(first) = out.chars().next().filter(|c| c.is_lowercase()) {
        let upper: String = first.to_uppercase().collect();
        out.replace_range(..first.len_utf8(), &upper);
    }
    out
}

/// Generates the text of one article of about `bytes` bytes: a headline line, then
/// paragraphs of 3–8 sentences separated by blank lines.
pub(super) fn article(rng: &mut fastrand::Rng, bytes: usize, headline: &str) -> TextBuilder {
    let mut b = TextBuilder::new(bytes);
    b.push_sentence(headline);
    while b.text.len() < bytes {
        b.push_plain("\n\n");
        let n = rng.usize(3..=8);
        for i in 0..n {
            if i > 0 {
                b.push_plain(" ");
            }
            let s = sentence(rng);
            b.push_sentence(&s);
        }
    }
    b
}

/// `count` annotations over the sentences of `built`: spans of 1–12 whole words
/// inside one sentence, all labels, attributions with a source.
pub(super) fn annotate(
    rng: &mut fastrand::Rng,
    doc: &Document,
    built: &TextBuilder,
    count: usize,
    id_prefix: &str,
) -> Vec<Annotation> {
    const AUTHORS: &[&str] = &["alice", "bob", "chloé", "민준"];
    const NOTES: &[&str] = &["", "", "", "check the original", "“quoted” second-hand"];
    const BASE_SECS: u64 = 1_795_000_000; // late 2026
    let mut out = Vec::with_capacity(count);
    if built.sentences.is_empty() {
        return out;
    }
    // Two annotations with the same span and label would be one to an analyst (and
    // an import skips the second): draw again, a bounded number of times.
    let mut taken = std::collections::HashSet::with_capacity(count);
    for i in 0..count {
        let label = match i % 3 {
            0 => "claim",
            1 => "speculation",
            _ => "attribution",
        };
        let (mut start, mut end) = (0, 0);
        for _ in 0..32 {
            let words = &built.sentences[rng.usize(..built.sentences.len())];
            let first = rng.usize(..words.len());
            let last = (first + rng.usize(..12)).min(words.len() - 1);
            (start, end) = (words[first].start, words[last].end);
            if taken.insert((start, end, label)) {
                break;
            }
        }
        let created = std::time::UNIX_EPOCH + std::time::Duration::from_secs(BASE_SECS + i as u64);
        let mut a = Annotation::new(
            doc.id.clone(),
            start,
            end,
            doc.slice(start, end),
            label,
            pick(rng, AUTHORS),
        );
        a.id = format!("{id_prefix}{i:06}");
        a.created = humantime::format_rfc3339_seconds(created).to_string();
        a.note = pick(rng, NOTES).to_string();
        if label == "attribution" {
            a.source = Some(pick(rng, SOURCES).to_string());
        }
        out.push(a);
    }
    out
}

/// Generates the project described by `spec`, deterministically.
pub fn generate_project(spec: &GenerateSpec) -> Project {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let mut project = Project::new(format!(
        "Generated: {} bytes, {} annotations",
        spec.main_bytes, spec.annotations
    ));
    let built = article(
        &mut rng,
        spec.main_bytes,
        "Harvest, parades and rumours: a year of coverage (조선중앙통신)",
    );
    let main =
        Document::new("main", "A year of coverage", built.text.clone()).with_origin("generated");
    let mut annotations = annotate(&mut rng, &main, &built, spec.annotations, "a");
    project.documents.push(main);
    for k in 0..spec.small_articles {
        let headline = format!("Short dispatch {k} from {}", pick(&mut rng, PLACES));
        let built = article(&mut rng, 2_000, &headline);
        let doc = Document::new(format!("short-{k:03}"), headline, built.text.clone());
        annotations.extend(annotate(&mut rng, &doc, &built, 10, &format!("s{k:03}-")));
        project.documents.push(doc);
    }
    project.annotations = annotations;
    project.sort_annotations();
    project
}

/// Two analysts' versions of `project`, for agreement: "alice" has every annotation;
/// "bob" skips one in five, gives one in seven another label and ends one in eleven a
/// char earlier (its quote following).
pub fn two_analysts(project: &Project) -> (Project, Project) {
    let mut alice = project.clone();
    for a in &mut alice.annotations {
        a.author = "alice".into();
    }
    let mut bob = project.clone();
    bob.annotations.clear();
    for (i, a) in alice.annotations.iter().enumerate() {
        if i % 5 == 4 {
            continue;
        }
        let mut b = a.clone();
        b.author = "bob".into();
        b.id = format!("b-{}", a.id);
        if i % 7 == 3 {
            b.label = if b.label == "claim" {
                "speculation"
            } else {
                "claim"
            }
            .into();
            b.source = None;
        }
        if i % 11 == 5
            && b.end > b.start + 1
            && let Some(doc) = project.document(&b.doc)
        {
            b.end -= 1;
            b.quote = doc.slice(b.start, b.end).to_string();
        }
        bob.annotations.push(b);
    }
    (alice, bob)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::check_project;

    #[test]
    fn small_case_is_valid_deterministic_and_mixed_script() {
        let a = generate_project(&GenerateSpec::SMALL);
        let b = generate_project(&GenerateSpec::SMALL);
        assert_eq!(a, b);
        assert!(check_project(&a).is_empty(), "{:?}", check_project(&a));
        assert_eq!(a.annotations.len(), 100);
        let text = &a.documents[0].text;
        assert!(
            text.len() >= 10_000 && text.len() < 11_000,
            "{}",
            text.len()
        );
        assert!(text.contains('“') && text.contains('평') && text.contains('🎉'));
        let spans: std::collections::HashSet<_> = a
            .annotations
            .iter()
            .map(|x| (&x.doc, x.start, x.end, &x.label))
            .collect();
        assert_eq!(spans.len(), 100, "no two annotations share span and label");
        for label in ["claim", "speculation", "attribution"] {
            assert!(a.annotations.iter().any(|x| x.label == label));
        }
        assert!(
            a.annotations
                .iter()
                .filter(|x| x.label == "attribution")
                .all(|x| x.source.is_some())
        );
    }

    #[test]
    fn two_analysts_are_valid_and_differ() {
        let p = generate_project(&GenerateSpec::SMALL);
        let (alice, bob) = two_analysts(&p);
        assert!(check_project(&alice).is_empty());
        assert!(check_project(&bob).is_empty(), "{:?}", check_project(&bob));
        assert_eq!(alice.annotations.len(), 100);
        assert_eq!(bob.annotations.len(), 80);
        assert!(bob.annotations.iter().all(|a| a.author == "bob"));
    }

    #[test]
    fn small_articles_are_added_with_their_annotations() {
        let spec = GenerateSpec {
            main_bytes: 3_000,
            annotations: 20,
            small_articles: 3,
            seed: 9,
        };
        let p = generate_project(&spec);
        assert_eq!(p.documents.len(), 4);
        assert_eq!(p.annotations.len(), 50);
        assert!(check_project(&p).is_empty());
    }
}
