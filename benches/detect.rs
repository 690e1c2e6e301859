//! Throughput of `Detector::analyze` on realistic inputs, and build time.
//!
//! Inputs are real web prose from `../shared/corpus/prose.jsonl` (rows
//! joined to article size, none repeated) and the rows of
//! `../shared/eval/dev.jsonl` when those files exist; otherwise the project's
//! own fixtures (`tests/data`), repeated to article size.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use spamsplit::Detector;

/// The benchmarks' texts.
mod inputs;
use inputs::{EN, TAIL, inputs, sized};

/// The adversarial generators of the test suite.
#[path = "../tests/support/adversarial.rs"]
mod adversarial;

fn analyze(c: &mut Criterion) {
    let detector = Detector::new();
    let mut group = c.benchmark_group("analyze");
    for (name, text) in inputs() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        if name == "dev_rows" {
            // One document per row, as a corpus pass would call it.
            let rows: Vec<&str> = text.split("\n\u{0}\n").collect();
            group.bench_with_input(BenchmarkId::from_parameter(name), &rows, |b, rows| {
                b.iter(|| {
                    rows.iter()
                        .map(|r| detector.analyze(black_box(r)).spam_bytes())
                        .sum::<usize>()
                })
            });
        } else {
            group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
                b.iter(|| detector.analyze(black_box(t)))
            });
        }
    }
    group.finish();
}

/// Per-byte cost on hostile input, to compare with ordinary prose.
fn hostile(c: &mut Criterion) {
    let detector = Detector::new();
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for (name, text) in adversarial::cases() {
        if text.is_empty() {
            continue;
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| detector.analyze(black_box(t)))
        });
    }
    group.finish();
}

/// The same article text at 10 KB and at 10 MB: time must grow linearly.
fn linear(c: &mut Criterion) {
    let detector = Detector::new();
    let mut group = c.benchmark_group("linear");
    group.sample_size(10);
    for (name, bytes) in [("10KB", 10_000), ("10MB", 10_000_000)] {
        let text = sized(&format!("{EN}\n\n{TAIL}"), bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| detector.analyze(black_box(t)))
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    c.bench_function("build/default", |b| b.iter(Detector::new));
}

criterion_group!(benches, analyze, hostile, linear, build);
criterion_main!(benches);
