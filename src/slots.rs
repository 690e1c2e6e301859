//! A small open-addressing hash table from 64-bit word hashes to values,
//! made to be reused from one text to the next: clearing it costs only the
//! slots the last text used, so tiny texts do not pay for a big table.

/// Keys are hashes already; 0 marks an empty slot (a real 0 is stored as 1).
#[derive(Debug, Clone, Default)]
pub(crate) struct Slots<V> {
    keys: Vec<u64>,
    values: Vec<V>,
    used: Vec<u32>,
    mask: usize,
}

impl<V: Copy + Default> Slots<V> {
    /// Empties the table and sizes it for up to `n` keys.
    pub(crate) fn reset(&mut self, n: usize) {
        for &i in &self.used {
            self.keys[i as usize] = 0;
        }
        self.used.clear();
        let size = (n * 2).next_power_of_two().max(16);
        if self.keys.len() < size {
            self.keys.clear();
            self.keys.resize(size, 0);
            self.values.clear();
            self.values.resize(size, V::default());
        }
        self.mask = size - 1;
    }

    /// The value for `key`, inserting `V::default()` first if it is new;
    /// the flag tells whether it was there before.
    ///
    /// The table must have been [`Slots::reset`] for at least as many keys as
    /// are inserted; it never grows by itself.
    pub(crate) fn entry(&mut self, key: u64) -> (&mut V, bool) {
        let key = key.max(1);
        // The low bits of a multiplicative hash are weak; fold the high ones in.
        let mut i = (key ^ (key >> 32)) as usize & self.mask;
        loop {
            let k = self.keys[i];
            if k == key {
                return (&mut self.values[i], true);
            }
            if k == 0 {
                self.keys[i] = key;
                self.values[i] = V::default();
                self.used.push(i as u32);
                return (&mut self.values[i], false);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_finds_and_resets() {
        let mut s: Slots<u32> = Slots::default();
        s.reset(3);
        *s.entry(42).0 = 7;
        assert_eq!(s.entry(42), (&mut 7, true));
        assert!(!s.entry(0).1);
        assert!(s.entry(1).1, "0 and 1 share a slot key");
        s.reset(3);
        assert_eq!(s.entry(42), (&mut 0, false));
    }

    #[test]
    fn handles_collisions_in_a_full_table() {
        let mut s: Slots<u32> = Slots::default();
        s.reset(1000);
        for k in 0..1000u64 {
            *s.entry(k << 40).0 = k as u32;
        }
        for k in 0..1000u64 {
            assert_eq!(*s.entry(k << 40).0, k as u32);
        }
    }
}
