//! Parquet shards in and out: the text column chosen with `--field`, every
//! other column kept, the spans added as a list column.
//!
//! Output columns, appended (or replacing input columns of the same name in
//! their place):
//! - `spam_spans`: `list<struct<start: int64, end: int64>>`, offsets in the
//!   unit of `--offsets` (left out with `--drop`, which writes the cleaned
//!   text into the text column instead);
//! - `spam_score`: `double`, rounded down to four decimals as in JSON;
//! - `spam_offsets`: `"char"` with `--offsets char`;
//! - `spam_explain`: with `--explain`, the spans' signals as a JSON string.
//!
//! A row whose text is null gets null in every added column.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use anyhow::{Context as _, Result, anyhow, bail};
use arrow_array::builder::{Float64Builder, StringBuilder};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, Int64Array, ListArray, RecordBatch, StructArray};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field, Fields as ArrowFields, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use spamsplit::Report;

use crate::annotate::Context;
use crate::args::Offsets;
use crate::io::Destination;
use crate::progress::Progress;
use crate::rows::{self, RowTally};
use crate::shards::Shard;
use crate::summary::Summary;

/// Rows read and analysed at a time.
const BATCH_ROWS: usize = 1024;
/// A row group is closed when its buffered data reaches this many bytes,
/// so that the writer's memory does not grow with the shard.
const ROW_GROUP_BYTES: usize = 128 << 20;
/// ...or this many rows.
const ROW_GROUP_ROWS: usize = 64 * 1024;

/// Annotates every Parquet shard of `inputs` into the one Parquet file
/// `dest` (written under its temporary name; the caller commits it). All
/// inputs must have the same columns.
pub fn annotate_all(
    ctx: &Context,
    inputs: &[Shard],
    dest: &Destination,
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<()> {
    let mut writer: Option<(ArrowWriter<File>, SchemaRef, SchemaRef)> = None;
    for shard in inputs {
        let Some(path) = &shard.path else {
            bail!("Parquet is read from files, not from standard input");
        };
        annotate_file(ctx, path, dest, &mut writer, summary, progress)
            .with_context(|| path.display().to_string())?;
    }
    match writer {
        Some((w, _, _)) => {
            w.close()
                .with_context(|| dest.writing_to().display().to_string())?;
            Ok(())
        }
        None => bail!("no Parquet input"),
    }
}

fn annotate_file(
    ctx: &Context,
    path: &Path,
    dest: &Destination,
    writer: &mut Option<(ArrowWriter<File>, SchemaRef, SchemaRef)>,
    summary: &mut Summary,
    progress: &mut Progress,
) -> Result<()> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    let builder = ParquetRecordBatchReaderBuilder::try_new(file)?;
    let meta = builder.metadata().clone();
    let total_rows = meta.file_metadata().num_rows().max(1) as u64;
    // The output is compressed as the input is.
    let compression = meta
        .row_groups()
        .first()
        .and_then(|g| g.columns().first())
        .map_or(Compression::SNAPPY, |c| c.compression());
    let schema = builder.schema().clone();
    let text_at = schema
        .index_of(&ctx.rows.field)
        .map_err(|_| anyhow!("no column {:?}", ctx.rows.field))?;
    let text_type = schema.field(text_at).data_type().clone();
    if !matches!(
        text_type,
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
    ) {
        bail!("column {:?} is {text_type}, not a string", ctx.rows.field);
    }
    let lang_at = match &ctx.rows.lang_field {
        Some(name) => schema.index_of(name).ok(),
        None => schema
            .index_of("language")
            .or_else(|_| schema.index_of("lang"))
            .ok(),
    };
    let out_schema = output_schema(&schema, ctx, text_at);
    if writer.is_none() {
        let props = WriterProperties::builder()
            .set_compression(compression)
            .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
            .build();
        let w = ArrowWriter::try_new(dest.create()?, Arc::clone(&out_schema), Some(props))?;
        *writer = Some((w, schema.clone(), out_schema));
    }
    let Some((w, first_schema, out_schema)) = writer.as_mut() else {
        unreachable!("set above")
    };
    if first_schema.fields() != schema.fields() {
        bail!("its columns differ from the first shard's: one Parquet output needs one schema");
    }
    let reader = builder.with_batch_size(BATCH_ROWS).build()?;
    for batch in reader {
        let batch = batch?;
        let texts = strings(batch.column(text_at).as_ref())?;
        let langs = match lang_at {
            Some(i) => strings(batch.column(i).as_ref()).unwrap_or_default(),
            None => Vec::new(),
        };
        let reports: Vec<Option<Report>> = ctx
            .workers
            .map(texts.len(), |i| texts[i].map(|t| ctx.detector.analyze(t)));
        for (i, report) in reports.iter().enumerate() {
            if let Some(r) = report {
                let language = langs.get(i).copied().flatten().map(str::to_string);
                summary.add_row(&RowTally::of(r, language));
            }
        }
        let out = annotated_batch(ctx, &batch, text_at, &texts, &reports, out_schema)?;
        w.write(&out)?;
        if w.in_progress_size() >= ROW_GROUP_BYTES {
            w.flush()?;
        }
        progress.counter().fetch_add(
            size * batch.num_rows() as u64 / total_rows,
            Ordering::Relaxed,
        );
        progress.rows_done(batch.num_rows() as u64);
    }
    Ok(())
}

/// The values of a string column (null for a null).
fn strings(column: &dyn Array) -> Result<Vec<Option<&str>>> {
    if let Some(a) = column.as_string_opt::<i32>() {
        return Ok(a.iter().collect());
    }
    if let Some(a) = column.as_string_opt::<i64>() {
        return Ok(a.iter().collect());
    }
    if let Some(a) = column.as_string_view_opt() {
        return Ok(a.iter().collect());
    }
    bail!("not a string column: {}", column.data_type())
}

fn span_field() -> Field {
    let bounds = ArrowFields::from(vec![
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
    ]);
    Field::new("item", DataType::Struct(bounds), false)
}

/// The columns added, in order, by name.
fn added(ctx: &Context) -> Vec<Field> {
    let mut fields = Vec::new();
    if !ctx.rows.drop {
        fields.push(Field::new(
            "spam_spans",
            DataType::List(Arc::new(span_field())),
            true,
        ));
        if ctx.rows.offsets == Offsets::Char {
            fields.push(Field::new("spam_offsets", DataType::Utf8, true));
        }
    }
    fields.push(Field::new("spam_score", DataType::Float64, true));
    if ctx.rows.explain {
        fields.push(Field::new("spam_explain", DataType::Utf8, true));
    }
    fields
}

/// The input's columns, those of the same name as an added one replaced
/// in their place, then the other added ones; with `--drop` the text
/// column is a plain string column.
fn output_schema(input: &Schema, ctx: &Context, text_at: usize) -> SchemaRef {
    let mut new = added(ctx);
    let mut fields: Vec<Field> = Vec::new();
    for (i, f) in input.fields().iter().enumerate() {
        if let Some(k) = new.iter().position(|n| n.name() == f.name()) {
            fields.push(new.remove(k));
        } else if i == text_at && ctx.rows.drop {
            fields.push(Field::new(f.name(), DataType::Utf8, f.is_nullable()));
        } else {
            fields.push(f.as_ref().clone());
        }
    }
    fields.extend(new);
    Arc::new(Schema::new_with_metadata(fields, input.metadata().clone()))
}

/// The batch with its added columns.
fn annotated_batch(
    ctx: &Context,
    batch: &RecordBatch,
    text_at: usize,
    texts: &[Option<&str>],
    reports: &[Option<Report>],
    schema: &SchemaRef,
) -> Result<RecordBatch> {
    let n = reports.len();
    let mut made: Vec<(&str, ArrayRef)> = Vec::new();
    if !ctx.rows.drop {
        made.push(("spam_spans", spans_column(ctx, texts, reports)));
        if ctx.rows.offsets == Offsets::Char {
            let mut b = StringBuilder::with_capacity(n, 4 * n);
            reports
                .iter()
                .for_each(|r| b.append_option(r.as_ref().map(|_| "char")));
            made.push(("spam_offsets", Arc::new(b.finish())));
        }
    }
    let mut scores = Float64Builder::with_capacity(n);
    for r in reports {
        scores.append_option(r.as_ref().map(|r| rows::round_score(r.score())));
    }
    made.push(("spam_score", Arc::new(scores.finish())));
    if ctx.rows.explain {
        let mut b = StringBuilder::new();
        for (t, r) in texts.iter().zip(reports) {
            let json = match (t, r) {
                (Some(t), Some(r)) => Some(
                    serde_json::to_string(&rows::explain(r, t, ctx.rows.offsets))
                        .expect("JSON serialises"),
                ),
                _ => None,
            };
            b.append_option(json);
        }
        made.push(("spam_explain", Arc::new(b.finish())));
    }
    let cleaned: Option<ArrayRef> = ctx.rows.drop.then(|| {
        let mut b = StringBuilder::new();
        for (t, r) in texts.iter().zip(reports) {
            b.append_option(t.zip(r.as_ref()).map(|(t, r)| r.clean(t)));
        }
        Arc::new(b.finish()) as ArrayRef
    });
    let mut columns: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len());
    for (i, f) in schema.fields().iter().enumerate() {
        if let Some(k) = made.iter().position(|(name, _)| *name == f.name()) {
            columns.push(made.remove(k).1);
        } else if i == text_at && ctx.rows.drop {
            columns.push(cleaned.clone().expect("made with --drop"));
        } else {
            let from = batch.schema().index_of(f.name())?;
            columns.push(Arc::clone(batch.column(from)));
        }
    }
    Ok(RecordBatch::try_new(Arc::clone(schema), columns)?)
}

/// `spam_spans` for each row: a list of `{start, end}`, null for no text.
fn spans_column(ctx: &Context, texts: &[Option<&str>], reports: &[Option<Report>]) -> ArrayRef {
    let (mut starts, mut ends) = (Vec::new(), Vec::new());
    let mut lengths = Vec::with_capacity(reports.len());
    let mut valid = Vec::with_capacity(reports.len());
    for (t, r) in texts.iter().zip(reports) {
        let before = starts.len();
        if let (Some(t), Some(r)) = (t, r) {
            for [s, e] in rows::spans(r, t, ctx.rows.offsets) {
                starts.push(s as i64);
                ends.push(e as i64);
            }
        }
        valid.push(r.is_some());
        lengths.push(starts.len() - before);
    }
    let DataType::Struct(bounds) = span_field().data_type().clone() else {
        unreachable!("a struct field")
    };
    let items = StructArray::new(
        bounds,
        vec![
            Arc::new(Int64Array::from(starts)),
            Arc::new(Int64Array::from(ends)),
        ],
        None,
    );
    let list = ListArray::new(
        Arc::new(span_field()),
        OffsetBuffer::from_lengths(lengths),
        Arc::new(items),
        Some(valid.into()),
    );
    Arc::new(list)
}
