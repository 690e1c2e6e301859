//! Not an example to read: runs `analyze` in a loop over a file, for profilers.
fn main() {
    let path = std::env::args().nth(1).expect("FILE");
    let text = std::fs::read_to_string(path).unwrap();
    let d = spamsplit::Detector::new();
    let mut n = 0;
    let loops: usize = std::env::args().nth(2).map_or(400, |s| s.parse().unwrap());
    for _ in 0..loops {
        n += d.analyze(&text).spam_bytes();
    }
    println!("{n}");
}
