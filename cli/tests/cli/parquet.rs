//! Parquet shards: the text column analysed, the other columns kept, the
//! spans a list column equal to what JSON Lines gets.

use std::path::Path;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, Int64Array, RecordBatch, StringArray};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::support::{good_rows, json_rows, run_files, scratch_dir, stderr};

/// Our rows' id and text, with a language column and one more.
fn table() -> (Vec<i64>, Vec<String>) {
    good_rows(60)
        .iter()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            (
                v["id"].as_i64().unwrap(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .unzip()
}

fn write_parquet(path: &Path, ids: &[i64], texts: &[String]) {
    let langs: Vec<&str> = ids
        .iter()
        .map(|i| if i % 2 == 0 { "en" } else { "fr" })
        .collect();
    let batch = RecordBatch::try_from_iter([
        ("id", Arc::new(Int64Array::from(ids.to_vec())) as ArrayRef),
        (
            "text",
            Arc::new(StringArray::from(texts.to_vec())) as ArrayRef,
        ),
        ("language", Arc::new(StringArray::from(langs)) as ArrayRef),
    ])
    .unwrap();
    let mut w =
        ArrowWriter::try_new(std::fs::File::create(path).unwrap(), batch.schema(), None).unwrap();
    w.write(&batch).unwrap();
    w.close().unwrap();
}

fn read_parquet(path: &Path) -> RecordBatch {
    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
    arrow_select_concat(&batches)
}

fn arrow_select_concat(batches: &[RecordBatch]) -> RecordBatch {
    assert_eq!(batches.len(), 1, "one batch for these few rows");
    batches[0].clone()
}

/// Spans of each row of a Parquet output, as `[[start, end], …]`.
fn parquet_spans(batch: &RecordBatch) -> Vec<serde_json::Value> {
    let spans = batch.column_by_name("spam_spans").unwrap().as_list::<i32>();
    (0..batch.num_rows())
        .map(|i| {
            let items = spans.value(i);
            let items = items.as_struct();
            let starts = items.column(0).as_primitive::<Int64Type>();
            let ends = items.column(1).as_primitive::<Int64Type>();
            serde_json::json!(
                (0..items.len())
                    .map(|k| [starts.value(k), ends.value(k)])
                    .collect::<Vec<_>>()
            )
        })
        .collect()
}

#[test]
fn parquet_rows_equal_the_json_rows_and_keep_their_columns() {
    let dir = scratch_dir("parquet");
    let (ids, texts) = table();
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("part")).unwrap();
    write_parquet(&input.join("part/a.parquet"), &ids, &texts);
    let jsonl: String = ids
        .iter()
        .zip(&texts)
        .map(|(id, t)| serde_json::json!({"id": id, "text": t}).to_string() + "\n")
        .collect();
    std::fs::write(input.join("part/a.jsonl"), jsonl).unwrap();
    let output = dir.join("out");
    for offsets in ["byte", "char"] {
        let out = run_files(&[
            "annotate",
            input.to_str().unwrap(),
            "--output-dir",
            output.to_str().unwrap(),
            "--offsets",
            offsets,
            "--overwrite",
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let json = json_rows(&std::fs::read(output.join("part/a.jsonl")).unwrap());
        let batch = read_parquet(&output.join("part/a.parquet"));
        assert_eq!(batch.num_rows(), json.len());
        // The input's columns first, in their order, then the new ones.
        let names: Vec<String> = batch
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        let mut expected = vec!["id", "text", "language", "spam_spans"];
        if offsets == "char" {
            expected.push("spam_offsets");
        }
        expected.push("spam_score");
        assert_eq!(names, expected);
        let spans = parquet_spans(&batch);
        let scores = batch
            .column_by_name("spam_score")
            .unwrap()
            .as_primitive::<Float64Type>();
        let id_col = batch
            .column_by_name("id")
            .unwrap()
            .as_primitive::<Int64Type>();
        for (i, row) in json.iter().enumerate() {
            assert_eq!(spans[i], row["spam_spans"], "row {i}");
            assert_eq!(
                scores.value(i),
                row["spam_score"].as_f64().unwrap(),
                "row {i}"
            );
            assert_eq!(id_col.value(i), row["id"].as_i64().unwrap());
        }
        assert!(spans.iter().any(|s| !s.as_array().unwrap().is_empty()));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn drop_and_explain_in_parquet() {
    let dir = scratch_dir("parquet-drop");
    let (ids, texts) = table();
    let input = dir.join("a.parquet");
    write_parquet(&input, &ids, &texts);
    let output = dir.join("b.parquet");
    let summary = dir.join("summary.json");
    let out = run_files(&[
        "annotate",
        input.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
        "--drop",
        "--explain",
        "--summary",
        summary.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let batch = read_parquet(&output);
    assert!(batch.column_by_name("spam_spans").is_none());
    let text = batch.column_by_name("text").unwrap().as_string::<i32>();
    let explain = batch
        .column_by_name("spam_explain")
        .unwrap()
        .as_string::<i32>();
    let stuffed = texts.iter().position(|t| t.contains("moncler")).unwrap();
    assert_eq!(
        text.value(stuffed),
        texts[stuffed].split(". ").next().unwrap().to_string() + "."
    );
    let e: serde_json::Value = serde_json::from_str(explain.value(stuffed)).unwrap();
    assert!(
        e[0]["signals"]["keywords"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["term"] == "moncler")
    );
    let s: serde_json::Value = serde_json::from_slice(&std::fs::read(&summary).unwrap()).unwrap();
    assert_eq!(s["documents"], texts.len());
    let by_lang = &s["by_language"];
    assert_eq!(
        by_lang["en"]["documents"].as_u64().unwrap() + by_lang["fr"]["documents"].as_u64().unwrap(),
        texts.len() as u64
    );
    // Parquet cannot go to standard output.
    let out = run_files(&["annotate", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("Parquet shards need --output-dir"));
    // A missing text column is named.
    let out = run_files(&[
        "annotate",
        input.to_str().unwrap(),
        "--field",
        "body",
        "--output",
        dir.join("c.parquet").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no column \"body\""),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
