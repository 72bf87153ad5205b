//! The mark a three-way merge ([`crate::team::merge3`]) leaves on an annotation that
//! two analysts changed differently: both versions are kept, each marked, for the
//! Review window to list and resolve.

use serde::{Deserialize, Serialize};

/// Why an annotation is one of two versions the merge could not choose between.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeConflict {
    /// Id of the other version of the same annotation, kept beside this one; empty
    /// when the other side deleted the annotation (this version changed it).
    #[serde(default)]
    pub other: String,
    /// What happened, one line ("label, note changed differently on both sides").
    #[serde(default)]
    pub reason: String,
}
