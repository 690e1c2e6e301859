//! Scratch buffers owned by a detector: each call takes one from the pool
//! (or makes one) and gives it back, so a corpus pass reuses the same few
//! buffers, one per thread at work, and two detectors never share theirs.

use std::sync::Mutex;

/// A stack of reusable values behind a lock held only to pop and push.
#[derive(Debug, Default)]
pub(super) struct Pool<T> {
    stack: Mutex<Vec<Box<T>>>,
}

impl<T: Default> Pool<T> {
    /// Runs `f` with a value from the pool, then returns the value to it.
    /// A panic in `f` drops the value instead (the next call makes a new
    /// one).
    pub(super) fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        let mut value = self.lock().pop().unwrap_or_default();
        let out = f(&mut value);
        self.lock().push(value);
        out
    }

    /// The stack; a panic elsewhere cannot leave it half-changed (pop and
    /// push do not panic), so a poisoned lock is still good.
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Box<T>>> {
        self.stack
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_reused_and_a_nested_call_gets_its_own() {
        let pool: Pool<Vec<u8>> = Pool::default();
        pool.with(|v| v.push(1));
        pool.with(|v| {
            assert_eq!(v, &[1]);
            pool.with(|inner| assert!(inner.is_empty()));
        });
        assert_eq!(pool.lock().len(), 2);
    }
}
