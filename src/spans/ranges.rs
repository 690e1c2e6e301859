//! Sets of token ranges, sorted and disjoint: how the stages tell each
//! other what they have already taken.

use std::ops::Range;

/// The union of `ranges`, sorted, with ranges that touch or overlap merged.
pub(crate) fn union(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| r.start);
    ranges.dedup_by(|b, a| {
        if b.start <= a.end {
            a.end = a.end.max(b.end);
            true
        } else {
            false
        }
    });
    ranges
}

/// Whether `r` lies wholly inside one range of `set` (sorted, disjoint).
pub(crate) fn covers(set: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = set.partition_point(|s| s.end < r.end);
    set.get(i)
        .is_some_and(|s| s.start <= r.start && r.end <= s.end)
}

/// Whether some range of `set` (sorted, disjoint) shares an item with `r`.
pub(crate) fn overlaps(set: &[Range<usize>], r: &Range<usize>) -> bool {
    let i = set.partition_point(|s| s.end <= r.start);
    set.get(i).is_some_and(|s| s.start < r.end && !r.is_empty())
}

/// Adds `r` to the sorted, disjoint ranges `set`, merging where they meet.
pub(crate) fn add(set: &mut Vec<Range<usize>>, r: Range<usize>) {
    let at = set.partition_point(|s| s.end < r.start);
    let mut merged = r;
    while at < set.len() && set[at].start <= merged.end {
        let s = set.remove(at);
        merged = merged.start.min(s.start)..merged.end.max(s.end);
    }
    set.insert(at, merged);
}

/// The parts of `r` outside the sorted, disjoint ranges of `set` (each
/// item's range given by `range`). The overlapping ones are found by
/// binary search, so many calls over many ranges stay linear.
pub(crate) fn outside<T>(
    r: &Range<usize>,
    set: &[T],
    range: impl Fn(&T) -> &Range<usize>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    outside_into(r, set, range, &mut out);
    out
}

/// [`outside`] into `out` (emptied first), for a caller that keeps one
/// buffer for many calls.
pub(crate) fn outside_into<T>(
    r: &Range<usize>,
    set: &[T],
    range: impl Fn(&T) -> &Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    out.clear();
    let mut from = r.start;
    let first = set.partition_point(|t| range(t).end <= r.start);
    for t in set[first..]
        .iter()
        .map(&range)
        .take_while(|t| t.start < r.end)
    {
        if from < t.start {
            out.push(from..t.start);
        }
        from = from.max(t.end);
    }
    if from < r.end {
        out.push(from..r.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_of_ranges() {
        assert_eq!(union(vec![5..7, 0..2, 1..3, 7..9]), [0..3, 5..9]);
        let mut set = vec![0..2, 6..8];
        add(&mut set, 2..4);
        add(&mut set, 5..6);
        assert_eq!(set, [0..4, 5..8]);
        assert_eq!(outside(&(0..10), &set, |r| r), [4..5, 8..10]);
        assert_eq!(outside(&(4..5), &set, |r| r), vec![4..5]);
        assert!(outside(&(1..3), &set, |r| r).is_empty());
    }

    #[test]
    fn overlaps_tells_a_shared_item() {
        let set = vec![2..4, 8..9];
        for (r, shared) in [
            (0..2, false),
            (0..3, true),
            (3..8, true),
            (4..8, false),
            (8..8, false),
            (9..12, false),
            (5..10, true),
        ] {
            assert_eq!(overlaps(&set, &r), shared, "{r:?}");
        }
    }
}
