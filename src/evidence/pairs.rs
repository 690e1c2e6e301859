//! The pair cache: recent word pairs and their chains of occurrences, in a
//! table small enough to stay in the L1 cache.

use crate::model::evidence::PAIR_WINDOW;

/// Slots of the pair cache: only pairs seen within the last
/// [`PAIR_WINDOW`] tokens matter, so a small direct-mapped table that stays
/// in the L1 cache does the work of a hash map over the whole text.
const PAIR_SLOTS: usize = 1024;

/// Recent word pairs and their chains of occurrences.
///
/// Positions are absolute across texts (each text starts past the window of
/// the one before), so entries left by an earlier text are simply stale and
/// the table only needs clearing when positions would overflow.
#[derive(Debug, Clone, Default)]
pub(super) struct PairCache {
    slots: Vec<PairSlot>,
    base: u32,
    next_base: u32,
}

#[derive(Debug, Clone, Copy, Default)]
struct PairSlot {
    /// 32 bits of the pair's hash: enough to tell live pairs apart.
    key: u32,
    last: u32,
    before: u32,
    count: u32,
}

/// A pair seen again within the window: where it was seen before, the
/// occurrence before that (if in the chain), and the chain's length now.
pub(super) struct Seen {
    pub last: usize,
    pub before: Option<usize>,
    pub count: u32,
}

impl PairCache {
    pub(super) fn start(&mut self, n: usize) {
        let span = n as u64 + PAIR_WINDOW as u64 + 1;
        if self.slots.is_empty() || u64::from(self.next_base) + span > u64::from(u32::MAX) {
            // One more slot: the spare that takes writes nobody reads.
            self.slots = vec![PairSlot::default(); PAIR_SLOTS + 1];
            self.next_base = 1;
        }
        if span > u64::from(u32::MAX) {
            // Texts of four billion tokens: positions would not fit, so the
            // cache sees nothing (repetition is still found by the periodic
            // marks and keywords).
            self.base = u32::MAX;
            return;
        }
        self.base = self.next_base;
        self.next_base = self.base + span as u32;
    }

    /// Records pair `key` at token `i`; answers when this continues a chain.
    // Called once per token pair in the hottest loop of the evidence:
    // kept inline whatever the codegen units' split.
    #[inline(always)]
    pub(super) fn see(&mut self, key: u64, i: usize) -> Option<Seen> {
        if self.base == u32::MAX {
            return None;
        }
        let at = self.base + i as u32;
        let fingerprint = (key >> 32) as u32;
        let base = self.base;
        // Whether a slot is live and which slot a new pair takes depend on
        // the text in no way a branch predictor learns: they are computed
        // (`&`, not `&&`), and only a pair seen again, the rare case in
        // prose, takes a branch.
        // Positions start at 1 and each text starts past the window of the
        // one before: a slot never written (`last` 0) or left by an earlier
        // text has `last` below `base`.
        let live = |slot: &PairSlot| {
            (slot.last >= base) & (at.wrapping_sub(slot.last) <= PAIR_WINDOW as u32)
        };
        // Two-way set associative: a pair may sit in either slot of its set,
        // so two live pairs that hash alike both keep their chains.
        let set = (key as usize ^ (key >> 45) as usize) & (PAIR_SLOTS - 2);
        let (a, b) = (self.slots[set], self.slots[set + 1]);
        let (live_a, live_b) = (live(&a), live(&b));
        let (in_a, in_b) = (
            live_a & (a.key == fingerprint),
            live_b & (b.key == fingerprint),
        );
        if !(in_a | in_b) {
            // New or stale: take a free slot of the set, if there is one;
            // with none, the write goes to the spare slot past the table.
            let free = if !live_a {
                set
            } else if !live_b {
                set + 1
            } else {
                PAIR_SLOTS
            };
            self.slots[free] = PairSlot {
                key: fingerprint,
                last: at,
                before: 0,
                count: 1,
            };
            return None;
        }
        let slot = &mut self.slots[if in_a { set } else { set + 1 }];
        if at - slot.last < 2 {
            return None; // "a a a": the same pair overlapping itself
        }
        let seen = Seen {
            last: (slot.last - self.base) as usize,
            before: (slot.before >= self.base && slot.count > 1)
                .then(|| (slot.before - self.base) as usize),
            count: slot.count + 1,
        };
        slot.before = slot.last;
        slot.last = at;
        slot.count = seen.count;
        Some(seen)
    }
}
