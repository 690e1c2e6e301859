//! Where rows are analysed: a pool of worker threads, its size bounded.

use anyhow::Result;

/// At most this many threads per core are started, whatever is asked.
pub const MAX_THREADS_PER_CORE: usize = 4;

/// The number of worker threads for a request of `asked` (0: one per core),
/// and whether the request was cut down to the bound.
pub fn thread_count(asked: usize) -> (usize, bool) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let max = cores * MAX_THREADS_PER_CORE;
    match asked {
        0 => (cores, false),
        n if n > max => (max, true),
        n => (n, false),
    }
}

/// A pool of worker threads.
pub struct Workers(rayon::ThreadPool);

impl Workers {
    /// `threads` workers (see [`thread_count`]).
    pub fn new(threads: usize) -> Result<Workers> {
        Ok(Workers(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(|i| format!("spamsplit-{i}"))
                .build()?,
        ))
    }

    /// `f` over `0..n`, in order, on the pool.
    pub fn map<T: Send>(&self, n: usize, f: impl Fn(usize) -> T + Sync + Send) -> Vec<T> {
        use rayon::prelude::*;
        self.0.install(|| (0..n).into_par_iter().map(f).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_counts_are_bounded_by_the_cores() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(thread_count(0), (cores, false));
        assert_eq!(thread_count(1), (1, false));
        assert_eq!(
            thread_count(1_000_000_000),
            (cores * MAX_THREADS_PER_CORE, true)
        );
    }
}
