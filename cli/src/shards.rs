//! The shards of a run: files, directories and glob patterns expanded into
//! input files, each with its path relative to what named it, and the
//! output shard each is written to.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// One input of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shard {
    /// The file (`None`: standard input).
    pub path: Option<PathBuf>,
    /// Its path below the directory or pattern that named it (its file
    /// name for a file named alone).
    pub relative: PathBuf,
    /// Its size in bytes, for the progress bar.
    pub size: Option<u64>,
}

/// File names a directory is searched for, by how they end.
const SHARD_ENDINGS: &[&str] = &[
    ".jsonl",
    ".json",
    ".ndjson",
    ".jsonl.gz",
    ".json.gz",
    ".ndjson.gz",
    ".jsonl.zst",
    ".json.zst",
    ".ndjson.zst",
    ".jsonl.zstd",
    ".parquet",
    ".warc.wet",
    ".warc.wet.gz",
    ".warc.wet.zst",
];

/// Whether a file found in a directory is a shard.
pub fn is_shard_name(name: &str) -> bool {
    SHARD_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// Whether `path` is a Parquet file, by its name.
pub fn is_parquet(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "parquet")
}

/// The inputs `specs` name: `-` (or nothing) is standard input; a
/// directory gives every shard below it, sorted; an existing file itself;
/// anything else is a glob pattern, which must match a file.
pub fn expand(specs: &[String]) -> Result<Vec<Shard>> {
    if specs.is_empty() {
        return Ok(vec![stdin()]);
    }
    let mut out = Vec::new();
    for spec in specs {
        if spec == "-" {
            out.push(stdin());
            continue;
        }
        let path = Path::new(spec);
        if path.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found).with_context(|| spec.clone())?;
            if found.is_empty() {
                bail!(
                    "{spec}: no shards in this directory (.jsonl, .json, .parquet, .warc.wet, also .gz and .zst)"
                );
            }
            found.sort();
            out.extend(found.into_iter().map(|p| shard(&p, path)));
        } else if path.exists() {
            let relative = PathBuf::from(path.file_name().unwrap_or(path.as_os_str()));
            out.push(Shard {
                size: std::fs::metadata(path).ok().map(|m| m.len()),
                path: Some(path.to_path_buf()),
                relative,
            });
        } else if has_glob_marks(spec) {
            let base = glob_base(spec);
            let mut found: Vec<PathBuf> = glob::glob(spec)
                .with_context(|| format!("{spec}: not a valid pattern"))?
                .filter_map(Result::ok)
                .filter(|p| p.is_file())
                .collect();
            if found.is_empty() {
                bail!("{spec}: no file matches");
            }
            found.sort();
            out.extend(found.into_iter().map(|p| shard(&p, &base)));
        } else {
            bail!("{spec}: no such file or directory");
        }
    }
    Ok(out)
}

fn stdin() -> Shard {
    Shard {
        path: None,
        relative: PathBuf::from("-"),
        size: None,
    }
}

fn shard(path: &Path, base: &Path) -> Shard {
    let relative = path
        .strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| PathBuf::from(path.file_name().unwrap_or(path.as_os_str())));
    Shard {
        size: std::fs::metadata(path).ok().map(|m| m.len()),
        path: Some(path.to_path_buf()),
        relative,
    }
}

/// Every shard file below `dir`; hidden entries and unfinished outputs
/// (`.partial`) are left out.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() || (kind.is_symlink() && path.is_dir()) {
            walk(&path, out)?;
        } else if is_shard_name(&name) {
            out.push(path);
        }
    }
    Ok(())
}

fn has_glob_marks(spec: &str) -> bool {
    spec.contains(['*', '?', '['])
}

/// The folders of a pattern before its first component with a glob mark.
fn glob_base(spec: &str) -> PathBuf {
    let mut base = PathBuf::new();
    for part in Path::new(spec).components() {
        if has_glob_marks(&part.as_os_str().to_string_lossy()) {
            break;
        }
        base.push(part);
    }
    base
}

/// Where a shard's output goes under `dir`: the same relative path; a WET
/// shard becomes JSON Lines (`x.warc.wet.gz` → `x.warc.wet.jsonl.gz`).
pub fn output_path(dir: &Path, shard: &Shard) -> PathBuf {
    let name = shard.relative.to_string_lossy();
    let relative = match [".warc.wet", ".warc.wet.gz", ".warc.wet.zst"]
        .iter()
        .find(|e| name.ends_with(*e))
    {
        Some(ending) => {
            let compression = ending.trim_start_matches(".warc.wet");
            let stem = &name[..name.len() - compression.len()];
            PathBuf::from(format!("{stem}.jsonl{compression}"))
        }
        None => shard.relative.clone(),
    };
    dir.join(relative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wet_shards_become_json_lines_of_the_same_compression() {
        let s = |rel: &str| Shard {
            path: None,
            relative: PathBuf::from(rel),
            size: None,
        };
        let out = Path::new("out");
        assert_eq!(
            output_path(out, &s("a/b.jsonl.zst")),
            Path::new("out/a/b.jsonl.zst")
        );
        assert_eq!(
            output_path(out, &s("cc/x.warc.wet.gz")),
            Path::new("out/cc/x.warc.wet.jsonl.gz")
        );
        assert_eq!(
            output_path(out, &s("x.warc.wet")),
            Path::new("out/x.warc.wet.jsonl")
        );
    }

    #[test]
    fn a_pattern_s_base_is_its_folders_before_the_first_mark() {
        assert_eq!(
            glob_base("data/2024/*/part-*.parquet"),
            Path::new("data/2024")
        );
        assert_eq!(glob_base("*.jsonl"), Path::new(""));
    }
}
