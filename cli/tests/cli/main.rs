//! The `spamsplit` command as a user runs it, through the binary Cargo
//! builds for these tests (`CARGO_BIN_EXE_spamsplit`).

mod annotate;
mod clean;
mod hostile;
#[cfg(feature = "parquet")]
mod parquet;
mod review;
mod shards;
mod support;
