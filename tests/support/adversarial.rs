//! Generators of hostile input, shared by the adversarial tests and the
//! benchmark (no megabyte files in the repository).

/// The adversarial texts, by name. Sizes are the ones the robustness issue
/// names; the same generators feed the benchmark.
pub fn cases() -> Vec<(&'static str, String)> {
    let mut distinct = String::with_capacity(3_000_000);
    for i in 0..300_000u32 {
        // Base-26 "words" so that none repeats.
        let mut n = i;
        loop {
            distinct.push((b'a' + (n % 26) as u8) as char);
            n /= 26;
            if n == 0 {
                break;
            }
        }
        distinct.push(' ');
    }
    vec![
        ("empty", String::new()),
        ("whitespace only", " \t\r\n\u{a0}\u{3000}".repeat(1000)),
        ("4 MB single token", "x".repeat(4 << 20)),
        ("word repeated a million times", "spam ".repeat(1_000_000)),
        (
            "4 MB of keyword hits",
            "cheap moncler outlet ".repeat((4 << 20) / 21),
        ),
        ("300k distinct words", distinct),
        (
            "2 MB of CJK",
            "中文没有空格的句子很长而且不断重复".repeat((2 << 20) / 51),
        ),
        (
            "combining-mark flood",
            format!("a{}b", "\u{301}".repeat(500_000)),
        ),
        ("emoji ZWJ sequences", "👩‍👩‍👧‍👦👨🏽‍💻🏳️‍🌈 ".repeat(50_000)),
        (
            "RTL with bidi controls",
            "\u{202b}שלום עולם\u{202c} \u{2067}مرحبا بالعالم\u{2069} \u{200f}".repeat(20_000),
        ),
        (
            "control characters and NUL",
            "\0\u{1}\u{7}\u{1b}[31m\u{7f}ab\u{0}".repeat(100_000),
        ),
        (
            "CRLF prose",
            "The council met on Monday.\r\nIt approved the budget.\r\n\r\n".repeat(20_000),
        ),
        (
            "punctuation only",
            "!?.,;:-–—()[]{}«»\"'…/\\|".repeat(50_000),
        ),
        ("astral letters", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈𐍉𐍊 𞤀𞤁𞤂 ".repeat(50_000)),
        ("lone surrogates replaced", "\u{fffd}".repeat(100_000)),
        (
            "one long line of URLs",
            "http://cheap-moncler-outlet.example/a?b=c ".repeat(50_000),
        ),
    ]
}
