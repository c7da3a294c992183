//! Stage 0, confidence: how sure a named speaker is, by how it was found.
//! Depends on nothing else in the speaker stages.

use crate::types::{Attribution, Confidence};

/// A named speaker is sure in its own sentence, less so carried from another.
pub(crate) fn named(attribution: Attribution) -> Confidence {
    if attribution == Attribution::SameSentence {
        Confidence::High
    } else {
        Confidence::Medium
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_in_its_own_frame_is_sure_elsewhere_less() {
        assert_eq!(named(Attribution::SameSentence), Confidence::High);
        assert_eq!(named(Attribution::PreviousSentence), Confidence::Medium);
        assert_eq!(named(Attribution::NextSentence), Confidence::Medium);
    }
}
