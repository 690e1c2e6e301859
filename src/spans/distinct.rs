//! The set of distinct words seen in a run of tokens, made to be reused
//! from one run to the next: tiny runs do not pay for the table a long one
//! needed.

/// An open-addressing set of 32-bit word keys (which are hashes already).
/// Keys are stored plus one, so that 0 marks an empty slot (the key
/// `u32::MAX` shares a slot with 0: a collision like any other).
#[derive(Debug, Clone, Default)]
pub(crate) struct DistinctSet {
    slots: Vec<u32>,
    mask: usize,
    /// Keys whose first slot another key held, for [`DistinctSet::count`].
    displaced: Vec<u32>,
}

impl DistinctSet {
    /// Empties the set and sizes it for up to `n` keys. Only the part of
    /// the table this size uses is cleared: four bytes per slot, so a run
    /// clears at most eight bytes per token.
    pub(crate) fn reset(&mut self, n: usize) {
        let size = (n * 2).next_power_of_two().max(16);
        if self.slots.len() < size {
            self.slots = vec![0; size];
        } else {
            self.slots[..size].fill(0);
        }
        self.mask = size - 1;
    }

    /// How many distinct keys `keys` has. Resets the set first.
    ///
    /// Whether a word is new or seen before comes in no order a branch
    /// predictor learns, so most keys are settled without a branch: each
    /// goes into its first slot if that is empty or its own, and a key that
    /// finds another one there is put aside. The keys put aside then go in
    /// by the usual probing, which skips past the first slots filled.
    pub(crate) fn count(&mut self, keys: &[u32]) -> usize {
        self.reset(keys.len());
        // Every entry read below is written first: the list only grows.
        if self.displaced.len() < keys.len() {
            self.displaced.resize(keys.len(), 0);
        }
        let (mut new, mut aside) = (0, 0);
        for &key in keys {
            let tag = key.wrapping_add(1).max(1);
            let at = key as usize & self.mask;
            let slot = self.slots[at];
            let empty = slot == 0;
            let settled = empty | (slot == tag);
            self.slots[at] = if settled { tag } else { slot };
            new += usize::from(empty);
            self.displaced[aside] = key;
            aside += usize::from(!settled);
        }
        let displaced = std::mem::take(&mut self.displaced);
        new += displaced[..aside]
            .iter()
            .filter(|&&key| self.insert(key))
            .count();
        self.displaced = displaced;
        new
    }

    /// Adds `key`; true when it was not in the set yet.
    ///
    /// The set must have been [`DistinctSet::reset`] for at least as many
    /// keys as are inserted; it never grows by itself.
    #[inline]
    pub(crate) fn insert(&mut self, key: u32) -> bool {
        let tag = key.wrapping_add(1).max(1);
        let mut i = key as usize & self.mask;
        loop {
            let slot = self.slots[i];
            if slot == tag {
                return false;
            }
            if slot == 0 {
                self.slots[i] = tag;
                return true;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_and_resets() {
        let mut s = DistinctSet::default();
        s.reset(3);
        assert!(s.insert(42));
        assert!(!s.insert(42));
        assert!(s.insert(0), "0 is a key like any other");
        assert!(s.insert(u32::MAX - 1));
        assert!(!s.insert(0));
        s.reset(3);
        assert!(s.insert(42), "a reset empties the set");
    }

    #[test]
    fn counts_distinct_keys_with_or_without_collisions() {
        let mut s = DistinctSet::default();
        let naive = |keys: &[u32]| keys.iter().collect::<std::collections::HashSet<_>>().len();
        let cases: Vec<Vec<u32>> = vec![
            vec![],
            vec![7],
            vec![7, 7, 7],
            // Keys that share a first slot, repeated in every order.
            (0..300u32).map(|k| (k % 37) << 16).collect(),
            (0..300u32)
                .rev()
                .map(|k| ((k % 37) << 16) | (k % 3))
                .collect(),
            vec![0, u32::MAX, 0, 1, u32::MAX - 1],
            (0..5000u32)
                .map(|k| k.wrapping_mul(0x9e37_79b9) % 977)
                .collect(),
        ];
        for keys in cases {
            assert_eq!(s.count(&keys), naive(&keys), "{keys:?}");
        }
    }

    #[test]
    fn handles_collisions_in_a_full_table() {
        let mut s = DistinctSet::default();
        s.reset(1000);
        // Keys that all want the same slot.
        for k in 0..1000u32 {
            assert!(s.insert(k << 16));
        }
        for k in 0..1000u32 {
            assert!(!s.insert(k << 16));
        }
        // A smaller run after a big one reuses the table.
        s.reset(2);
        assert!(s.insert(1 << 16) && s.insert(7) && !s.insert(7));
    }
}
