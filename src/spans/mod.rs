//! The span stage: the Viterbi runs of token evidence, their measures and
//! scores, and the other candidates (spun sentences, foreign passages,
//! whole units) that the report is assembled from.

pub(crate) mod distinct;
pub(crate) mod foreign;
pub(crate) mod ranges;
pub(crate) mod segmentation;
pub(crate) mod spun;
pub(crate) mod stats;
pub(crate) mod units;
