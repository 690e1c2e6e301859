//! Runs `analyze` in a loop, for profilers and for
//! the Python benchmark's Rust baseline (`python/bench.py`).
//! `profile_input FILE [LOOPS]`; a `.jsonl` FILE is read as rows of `text`.
//! Prints the spam bytes found; the throughput goes to stderr.
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let loops: usize = std::env::args().nth(2).map_or(400, |s| s.parse().unwrap());
    let raw = std::fs::read_to_string(&path).unwrap();
    let texts: Vec<String> = if path.ends_with(".jsonl") {
        raw.lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    } else {
        vec![raw]
    };
    let d = spamsplit::Detector::new();
    let mut n = 0;
    let started = std::time::Instant::now();
    for _ in 0..loops {
        for t in &texts {
            n += d.analyze(t).spam_bytes();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * loops;
    eprintln!(
        "rust analyze loop: {bytes} bytes in {secs:.3} s = {:.1} MB/s",
        bytes as f64 / secs / 1e6
    );
    println!("{n}");
}
