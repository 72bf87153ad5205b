//! An article's metadata: outlet, publication date, URL, byline and language, as
//! the input gave them (HTML `<meta>`, JSON-LD, Markdown front matter, JSONL fields)
//! or as the analyst set them.

use serde::{Deserialize, Serialize};

use super::date::normalize_date;

/// What is known about where and when an article appeared. Every field is optional;
/// an empty one is not written to the project file, so a document without metadata
/// is written as before format 3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// The publication: "KCNA", "Yonhap", "NK News"…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The publication date, RFC 3339: `2026-03-14`, or
    /// `2026-03-14T09:30:00+09:00` when the time and its offset are known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The date as the input wrote it, when that differs from `date` (or when it
    /// could not be read as a date: then `date` is empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_original: Option<String>,
    /// The article's address on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who wrote the article (not the analyst: annotations have `author`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The article's language, a BCP 47 tag as given (`en`, `ko-KR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Why a date typed in the window was refused (one line).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a date: write it as 2026-03-14 or 2026-03-14T09:30:00+09:00")]
pub struct BadDate(pub String);

/// The names of the metadata fields, in the order exports write them (JSONL keys,
/// CSV columns, brat notes).
pub const META_FIELDS: [&str; 6] = [
    "outlet",
    "date",
    "date_original",
    "url",
    "byline",
    "language",
];

impl DocumentMeta {
    /// True when no field is set (the document's file entry then has no `meta`).
    pub fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, v)| v.is_none())
    }

    /// Sets the date from what an input wrote: `date` gets its RFC 3339 form when it
    /// can be read, `date_original` the text itself when it differs. Blank text
    /// clears both.
    pub fn set_date(&mut self, written: &str) {
        let written = clean(written);
        match written {
            None => {
                self.date = None;
                self.date_original = None;
            }
            Some(w) => {
                let normal = normalize_date(&w);
                self.date_original = (normal.as_deref() != Some(w.as_str())).then_some(w);
                self.date = normal;
            }
        }
    }

    /// Sets the date from what the analyst typed, refusing text that
    /// [`normalize_date`] cannot read (an input's date is kept as written by
    /// [`DocumentMeta::set_date`]; a person can retype it). Blank clears the date.
    pub fn set_date_checked(&mut self, typed: &str) -> Result<(), BadDate> {
        if let Some(t) = clean(typed)
            && normalize_date(&t).is_none()
        {
            return Err(BadDate(t));
        }
        self.set_date(typed);
        Ok(())
    }

    /// The fields as `(name, value)`, in [`META_FIELDS`] order.
    pub fn fields(&self) -> [(&'static str, Option<&str>); 6] {
        [
            ("outlet", self.outlet.as_deref()),
            ("date", self.date.as_deref()),
            ("date_original", self.date_original.as_deref()),
            ("url", self.url.as_deref()),
            ("byline", self.byline.as_deref()),
            ("language", self.language.as_deref()),
        ]
    }

    /// Sets field `name` (one of [`META_FIELDS`]) to `value` as stored, blank
    /// meaning none. Returns false for an unknown name. `date` is stored as given:
    /// use [`DocumentMeta::set_date`] to normalise a date read from an input.
    pub fn set_field(&mut self, name: &str, value: &str) -> bool {
        let slot = match name {
            "outlet" => &mut self.outlet,
            "date" => &mut self.date,
            "date_original" => &mut self.date_original,
            "url" => &mut self.url,
            "byline" => &mut self.byline,
            "language" => &mut self.language,
            _ => return false,
        };
        *slot = clean(value);
        true
    }

    /// Fills each empty field of `self` from `other` (what a better source left
    /// unsaid, a weaker one may say).
    pub fn fill_from(&mut self, other: DocumentMeta) {
        let DocumentMeta {
            outlet,
            date,
            date_original,
            url,
            byline,
            language,
        } = other;
        if self.date.is_none() && self.date_original.is_none() {
            self.date = date;
            self.date_original = date_original;
        }
        for (mine, theirs) in [
            (&mut self.outlet, outlet),
            (&mut self.url, url),
            (&mut self.byline, byline),
            (&mut self.language, language),
        ] {
            if mine.is_none() {
                *mine = theirs;
            }
        }
    }

    /// Problems of the metadata, one line each: a `date` that is not RFC 3339 (as
    /// written by [`DocumentMeta::set_date`]), a field with a line break.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(d) = &self.date
            && normalize_date(d).as_deref() != Some(d.as_str())
        {
            out.push(format!(
                "metadata date '{}' is not an RFC 3339 date",
                super::quoted(d)
            ));
        }
        for (name, value) in self.fields() {
            if value.is_some_and(|v| v.contains(['\n', '\r'])) {
                out.push(format!("metadata field {name} has a line break"));
            }
        }
        out
    }
}

/// What the documents' metadata says about a corpus, as `marginalia info` prints
/// it: documents per outlet, the range of publication dates, documents marked done.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MetaSummary {
    /// Documents per outlet.
    pub by_outlet: std::collections::BTreeMap<String, usize>,
    /// Documents that name no outlet.
    pub without_outlet: usize,
    /// The earliest publication date (RFC 3339, as stored).
    pub first_date: Option<String>,
    /// The latest publication date.
    pub last_date: Option<String>,
    /// Documents without a (readable) date.
    pub undated: usize,
    /// Documents marked done by at least one analyst.
    pub done: usize,
}

impl MetaSummary {
    /// The summary of `documents`. Dates compare as written (RFC 3339 sorts by
    /// time within one offset; a day is compared by its date).
    pub fn of(documents: &[super::Document]) -> Self {
        let mut s = MetaSummary::default();
        for d in documents {
            match &d.meta.outlet {
                Some(o) => *s.by_outlet.entry(o.clone()).or_default() += 1,
                None => s.without_outlet += 1,
            }
            match &d.meta.date {
                Some(date) => {
                    if s.first_date.as_ref().is_none_or(|f| date < f) {
                        s.first_date = Some(date.clone());
                    }
                    if s.last_date.as_ref().is_none_or(|l| date > l) {
                        s.last_date = Some(date.clone());
                    }
                }
                None => s.undated += 1,
            }
            s.done += usize::from(!d.done_by.is_empty());
        }
        s
    }
}

/// `value` trimmed, with its runs of whitespace (line breaks included) made one
/// space; `None` when blank.
pub fn clean(value: &str) -> Option<String> {
    let joined = value.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_normalised_and_the_original_kept_when_it_differs() {
        let mut m = DocumentMeta::default();
        m.set_date("2026-03-14");
        assert_eq!(m.date.as_deref(), Some("2026-03-14"));
        assert_eq!(m.date_original, None);
        m.set_date(" March 14, 2026 ");
        assert_eq!(m.date.as_deref(), Some("2026-03-14"));
        assert_eq!(m.date_original.as_deref(), Some("March 14, 2026"));
        m.set_date("the day after the parade");
        assert_eq!(m.date, None);
        assert_eq!(m.date_original.as_deref(), Some("the day after the parade"));
        m.set_date("  ");
        assert!(m.is_empty());
    }

    #[test]
    fn the_summary_counts_outlets_and_spans_the_dates() {
        let doc = |outlet: Option<&str>, date: Option<&str>| {
            super::super::Document::new("d", "t", "x").with_meta(DocumentMeta {
                outlet: outlet.map(str::to_string),
                date: date.map(str::to_string),
                ..Default::default()
            })
        };
        let mut docs = vec![
            doc(Some("KCNA"), Some("2026-03-14")),
            doc(Some("KCNA"), Some("2026-01-02T09:00:00+09:00")),
            doc(Some("조선중앙통신"), None),
            doc(None, Some("2026-04-30")),
        ];
        docs[0].set_done_by("alice", true);
        let s = MetaSummary::of(&docs);
        assert_eq!(s.by_outlet["KCNA"], 2);
        assert_eq!(s.by_outlet["조선중앙통신"], 1);
        assert_eq!(s.without_outlet, 1);
        assert_eq!(s.first_date.as_deref(), Some("2026-01-02T09:00:00+09:00"));
        assert_eq!(s.last_date.as_deref(), Some("2026-04-30"));
        assert_eq!((s.undated, s.done), (1, 1));
    }

    #[test]
    fn a_typed_date_is_checked() {
        let mut m = DocumentMeta::default();
        assert!(m.set_date_checked("14 March 2026").is_ok());
        assert_eq!(m.date.as_deref(), Some("2026-03-14"));
        let e = m.set_date_checked(" next  Tuesday ").unwrap_err();
        assert_eq!(
            e.to_string(),
            "'next Tuesday' is not a date: write it as 2026-03-14 or 2026-03-14T09:30:00+09:00"
        );
        assert_eq!(
            m.date.as_deref(),
            Some("2026-03-14"),
            "unchanged when refused"
        );
        assert!(m.set_date_checked("").is_ok());
        assert_eq!(m.date, None);
    }

    #[test]
    fn fill_from_keeps_what_is_set() {
        let mut a = DocumentMeta {
            outlet: Some("KCNA".into()),
            ..Default::default()
        };
        let mut b = DocumentMeta {
            outlet: Some("Yonhap".into()),
            url: Some("https://example.org/a".into()),
            ..Default::default()
        };
        b.set_date("14 Mar 2026 09:30 KST");
        a.fill_from(b);
        assert_eq!(a.outlet.as_deref(), Some("KCNA"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.date.as_deref(), Some("2026-03-14T09:30:00+09:00"));
    }

    #[test]
    fn fields_are_cleaned_and_checked() {
        let mut m = DocumentMeta::default();
        assert!(m.set_field("byline", "  Kim\n  Min-ji "));
        assert_eq!(m.byline.as_deref(), Some("Kim Min-ji"));
        assert!(!m.set_field("author", "x"));
        m.date = Some("March 2026".into());
        m.outlet = Some("a\nb".into());
        assert_eq!(m.problems().len(), 2);
    }
}
