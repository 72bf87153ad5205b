//! Reviewing colleagues' tags: aligning annotators, agreement figures, curation.
