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
