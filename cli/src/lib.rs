//! The `spamsplit` command: cuts SEO spam out of corpora with the
//! [`spamsplit`] library.
//!
//! - `spamsplit clean FILE`: a text with its spam cut out.
//! - `spamsplit annotate SHARDS…`: spam spans and scores added to every row
//!   of JSON Lines (plain, gzip, zstd), Parquet and Common Crawl WET shards,
//!   one output shard per input shard with `--output-dir`.
//! - `spamsplit review ANNOTATED`: an HTML page of what was cut.
//!
//! The modules are public so that the fuzz targets can reach the readers;
//! the command line is the interface, not this crate's API.

#![forbid(unsafe_code)]

pub mod annotate;
pub mod args;
pub mod clean;
pub mod io;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod progress;
pub mod review;
pub mod rows;
pub mod shards;
pub mod source;
pub mod summary;
pub mod wet;
pub mod workers;
