//! `spamsplit clean`: the prose of a text, or its spam ranges.

use crate::support::{run, stderr};

#[test]
fn clean_writes_the_prose_and_spans_name_the_spam() {
    let text = "The ferry runs again from Monday, the port said.\n\n\
                cheap ugg boots outlet cheap ugg boots outlet moncler pas cher moncler pas cher";
    let out = run(&["clean"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "The ferry runs again from Monday, the port said."
    );
    let out = run(&["clean", "--spans"], text.as_bytes());
    let listing = String::from_utf8(out.stdout).unwrap();
    assert!(
        listing.starts_with("50..") && listing.contains("moncler×2"),
        "{listing}"
    );
    let out = run(&["clean"], b"caf\xe9");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not UTF-8 (first bad byte at offset 3)"));
}

#[test]
fn every_subcommand_has_help_that_exits_zero() {
    for sub in ["clean", "annotate", "review"] {
        let out = run(&[sub, "--help"], b"");
        assert!(out.status.success(), "{sub}");
        assert!(!out.stdout.is_empty());
    }
    let out = run(&["--help"], b"");
    let help = String::from_utf8(out.stdout).unwrap();
    for sub in ["clean", "annotate", "review"] {
        assert!(help.contains(sub), "{help}");
    }
    let annotate = String::from_utf8(run(&["annotate", "--help"], b"").stdout).unwrap();
    assert!(annotate.contains("A key given twice keeps its first place and its\nlast value"));
    let out = run(&["completions", "bash"], b"");
    assert!(String::from_utf8(out.stdout).unwrap().contains("spamsplit"));
}
