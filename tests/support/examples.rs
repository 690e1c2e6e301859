//! Running the example binaries as a user does, and scratch space for them.

use std::path::PathBuf;
use std::process::Command;

/// The example binary `name`, built by `cargo test` next to the test.
pub fn example(name: &str) -> Command {
    let mut dir = std::env::current_exe().expect("test binary path");
    dir.pop(); // deps
    if dir.ends_with("deps") {
        dir.pop();
    }
    let bin: PathBuf = dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "build the examples first: {}", bin.display());
    Command::new(bin)
}

/// A fresh directory under the system's temporary one, for one test.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spamsplit-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
