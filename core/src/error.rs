//! A problem found in the data, as the reader sees it: file, the item it concerns, what is wrong.

use std::fmt;

/// One problem found in the data.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DataError {
    /// The file it was found in (`events.toml`), or `data` for problems across files.
    pub file: String,
    /// What it concerns: `event \`neutrality-pact\``, or `line 12, column 3`.
    pub item: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.item, self.problem)
    }
}

impl std::error::Error for DataError {}
