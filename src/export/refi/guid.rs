//! Stable REFI GUIDs: the same project gives the same GUIDs on every export, so a
//! re-export diffs cleanly and a QDA tool recognises what it imported before.

use sha2::{Digest, Sha256};

/// The GUID of the thing of `kind` ("source", "selection", "code", …) with `id`:
/// the first 16 bytes of SHA-256("marginalia:KIND:ID") with the version (5, a
/// name-based UUID) and variant bits set, written `8-4-4-4-12` in lower-case hex —
/// the shape REFI's `GUIDType` pattern asks for.
pub fn guid(kind: &str, id: &str) -> String {
    let mut hasher = Sha256::new();
    for part in ["marginalia:", kind, ":", id] {
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    out
}

/// True when `s` matches REFI's `GUIDType` (with or without braces).
pub fn is_guid(s: &str) -> bool {
    let s = s
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .unwrap_or(s);
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stable_distinct_and_well_formed() {
        let a = guid("source", "parade");
        assert_eq!(a, guid("source", "parade"));
        assert_ne!(a, guid("selection", "parade"));
        assert_ne!(a, guid("source", "parade2"));
        assert!(is_guid(&a), "{a}");
        assert_eq!(&a[14..15], "5");
        // The exact bytes of SHA-256("marginalia:source:parade"), so GUIDs of earlier
        // exports stay the same (a QDA tool recognises what it imported before).
        assert_eq!(a, "d4cc8f84-a952-5a64-a6c0-4383e1a91ff7");
        assert!(is_guid("{0A1B2C3D-0000-4000-8000-00000000abcd}"));
        assert!(!is_guid("0a1b2c3d-0000-4000-8000-00000000abc"));
        assert!(!is_guid("zz1b2c3d-0000-4000-8000-00000000abcd"));
    }
}
