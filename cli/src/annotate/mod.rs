//! `spamsplit annotate`: spam spans and scores added to every row of the
//! shards named, to one output or to one output shard per input shard.

mod jsonl;

use std::path::Path;

use anyhow::{Context as _, Result, bail};
use spamsplit::Detector;

use crate::args::AnnotateArgs;
use crate::io::{Destination, Output};
use crate::progress::Progress;
use crate::rows::RowOptions;
use crate::shards::{self, Shard};
use crate::source::Source;
use crate::summary::Summary;
use crate::workers::{Workers, thread_count};

/// What every shard of a run is annotated with.
pub struct Context {
    pub detector: Detector,
    pub workers: Workers,
    pub rows: RowOptions,
    pub skip_bad: bool,
}

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every row annotated.
    Done,
    /// Done, with bad rows written as errors.
    BadRows,
}

/// Runs `spamsplit annotate`.
pub fn run(args: &AnnotateArgs) -> Result<Outcome> {
    let inputs = shards::expand(&args.inputs)?;
    let (threads, capped) = thread_count(args.threads);
    if capped {
        eprintln!(
            "annotate: --threads {} is more than {} per core; using {threads}",
            args.threads,
            crate::workers::MAX_THREADS_PER_CORE
        );
    }
    let ctx = Context {
        detector: Detector::new(),
        workers: Workers::new(threads)?,
        rows: RowOptions {
            field: args.field.clone(),
            offsets: args.offsets,
            explain: args.explain,
            drop: args.drop,
            input_errors: args.input_errors,
            lang_field: args.lang_field.clone(),
        },
        skip_bad: args.skip_bad,
    };
    let total = inputs.iter().map(|s| s.size).sum::<Option<u64>>();
    let mut progress = Progress::new(total, args.progress);
    let mut summary = Summary::default();
    let result = match &args.output_dir {
        Some(dir) => into_dir(
            &ctx,
            &inputs,
            dir,
            args.overwrite,
            &mut summary,
            &mut progress,
        ),
        None => into_one(
            &ctx,
            &inputs,
            args.output.as_deref(),
            &mut summary,
            &mut progress,
        ),
    };
    progress.finish();
    eprintln!("{}", summary.line());
    if let Some(path) = &args.summary {
        summary.write(path)?;
    }
    result?;
    Ok(if summary.bad_rows > 0 {
        Outcome::BadRows
    } else {
        Outcome::Done
    })
}

/// Every input into one output (a file, or standard output), in turn.
fn into_one(
    ctx: &Context,
    inputs: &[Shard],
    output: Option<&Path>,
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<()> {
    let parquet_in = inputs
        .iter()
        .any(|s| s.path.as_deref().is_some_and(shards::is_parquet));
    let Some(path) = output else {
        if parquet_in {
            bail!("Parquet shards need --output-dir, or an --output ending in .parquet");
        }
        let mut out = Output::stdout();
        for shard in inputs {
            annotate_shard(ctx, shard, &mut out, summary, progress)?;
        }
        return out.finish().context("cannot write output");
    };
    crate::io::refuse_overwriting_an_input(path, inputs.iter().filter_map(|s| s.path.as_deref()))?;
    let dest = Destination::new(path);
    if shards::is_parquet(path) {
        #[cfg(feature = "parquet")]
        {
            crate::parquet::annotate_all(ctx, inputs, &dest, summary, progress)?;
            return dest.commit();
        }
        #[cfg(not(feature = "parquet"))]
        bail!("this spamsplit was built without the parquet feature");
    }
    if parquet_in {
        bail!("Parquet shards need --output-dir, or an --output ending in .parquet");
    }
    let mut out = Output::file(dest.create()?, path)?;
    for shard in inputs {
        if let Err(e) = annotate_shard(ctx, shard, &mut out, summary, progress) {
            // What was written stays readable in the partial file.
            let _ = out.finish();
            return Err(e.context(format!(
                "stopped; the rows before it are in {}",
                dest.writing_to().display()
            )));
        }
    }
    out.finish().context("cannot write output")?;
    dest.commit()
}

/// Each input into its own output shard under `dir`.
fn into_dir(
    ctx: &Context,
    inputs: &[Shard],
    dir: &Path,
    overwrite: bool,
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<()> {
    let mut failed = Vec::new();
    for shard in inputs {
        let Some(input) = &shard.path else {
            bail!("standard input has no shard name: give --output instead of --output-dir");
        };
        let target = shards::output_path(dir, shard);
        if target.exists() && !overwrite {
            summary.shards_skipped += 1;
            progress.note(&format!(
                "annotate: {} exists, skipped (--overwrite annotates it again)",
                target.display()
            ));
            continue;
        }
        crate::io::refuse_overwriting_an_input(&target, [input.as_path()])?;
        let dest = Destination::new(&target);
        let mut shard_summary = Summary::default();
        let result = if shards::is_parquet(input) {
            #[cfg(feature = "parquet")]
            {
                crate::parquet::annotate_all(
                    ctx,
                    std::slice::from_ref(shard),
                    &dest,
                    &mut shard_summary,
                    progress,
                )
            }
            #[cfg(not(feature = "parquet"))]
            Err(anyhow::anyhow!(
                "this spamsplit was built without the parquet feature"
            ))
        } else {
            dest.create()
                .and_then(|file| Output::file(file, &target))
                .and_then(|mut out| {
                    let result = annotate_shard(ctx, shard, &mut out, &mut shard_summary, progress);
                    // Ended even after an error: the rows so far stay readable.
                    let finished = out.finish().context("cannot write output");
                    result.and(finished)
                })
        };
        match result.and_then(|()| dest.commit()) {
            Ok(()) => {
                shard_summary.shards_done = 1;
                summary.merge(&shard_summary);
            }
            Err(e) => {
                summary.merge(&shard_summary);
                summary.shards_failed += 1;
                let kept = dest.writing_to();
                let note = if kept.exists() {
                    format!("; its rows so far are in {}", kept.display())
                } else {
                    String::new()
                };
                progress.note(&format!("annotate: {e:#}{note}"));
                failed.push(input.display().to_string());
            }
        }
    }
    if !failed.is_empty() {
        bail!(
            "{} of {} shards failed: {}",
            failed.len(),
            inputs.len(),
            failed.join(", ")
        );
    }
    Ok(())
}

/// One JSON Lines or WET input into `out`; errors name the input file.
fn annotate_shard(
    ctx: &Context,
    shard: &Shard,
    out: &mut Output,
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<()> {
    let name = |e: anyhow::Error| match &shard.path {
        Some(p) => e.context(p.display().to_string()),
        None => e,
    };
    let input = crate::io::open(shard.path.as_deref(), progress.counter())?;
    let source = Source::new(input)
        .context("cannot read input")
        .map_err(name)?;
    jsonl::annotate(ctx, source, out, summary, progress).map_err(name)
}
