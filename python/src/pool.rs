//! The thread pool of the batch calls, one per process.
//!
//! Rayon's global pool does not survive `fork`: the child inherits the pool's
//! bookkeeping but none of its threads, and its first parallel call waits
//! for ever. Hugging Face `datasets.map(num_proc=N)` and multiprocessing's
//! fork start method do exactly that, so the pool is keyed by process id and
//! rebuilt in a child; the parent's copy is leaked there, never dropped,
//! because dropping it would signal threads that do not exist.

use std::sync::{Arc, Mutex, PoisonError};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::SpamSplitError;
use rayon::ThreadPool;

struct Slot {
    pid: u32,
    threads: usize,
    pool: Arc<ThreadPool>,
}

static POOL: Mutex<Option<Slot>> = Mutex::new(None);

/// The environment variable that sets `num_threads` when a call leaves it out.
pub const THREADS_VAR: &str = "SPAMSPLIT_NUM_THREADS";

/// At most this many threads per core are started, whatever is asked.
pub const MAX_THREADS_PER_CORE: usize = 4;

/// A count argument (`min_tokens`, `num_threads`): any Python int, never an
/// `OverflowError`. `Ok(None)` for a count too large for the machine (the
/// caller bounds it or refuses it); a `SpamSplitError` for a negative one.
pub fn count(arg: &Bound<'_, PyAny>, what: &str) -> PyResult<Option<usize>> {
    if arg.is_instance_of::<pyo3::types::PyBool>() || !arg.is_instance_of::<pyo3::types::PyInt>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "{what} must be an int, got {}",
            arg.get_type().name()?
        )));
    }
    if let Ok(n) = arg.extract::<usize>() {
        return Ok(Some(n));
    }
    let negative = arg.lt(0)?;
    let shown = arg
        .repr()
        .map_or_else(|_| "?".to_string(), |r| r.to_string());
    if negative {
        return Err(SpamSplitError::new_err(format!(
            "{what} must be 0 or more, got {shown}"
        )));
    }
    Ok(None)
}

/// The number of threads a batch call uses: the argument, else
/// `SPAMSPLIT_NUM_THREADS`, else 1; 0 means one per core; more than
/// [`MAX_THREADS_PER_CORE`] per core are cut down to that.
pub fn resolve_threads(arg: Option<&Bound<'_, PyAny>>) -> PyResult<usize> {
    let wanted = match arg.filter(|a| !a.is_none()) {
        // More than the machine can count is more than the bound.
        Some(n) => count(n, "num_threads")?.unwrap_or(usize::MAX),
        None => match std::env::var(THREADS_VAR) {
            Ok(v) => v.trim().parse::<usize>().map_err(|_| {
                SpamSplitError::new_err(format!(
                    "{THREADS_VAR} must be a whole number of threads, got {v:?}"
                ))
            })?,
            Err(_) => 1,
        },
    };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(match wanted {
        0 => cores,
        n => n.min(cores * MAX_THREADS_PER_CORE),
    })
}

/// A pool of `threads` threads that belongs to this process.
pub fn pool(threads: usize) -> PyResult<Arc<ThreadPool>> {
    let pid = std::process::id();
    let mut slot = POOL.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(s) = slot.as_ref()
        && s.pid == pid
        && s.threads == threads
    {
        return Ok(Arc::clone(&s.pool));
    }
    let built = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("spamsplit-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {threads} threads: {e}")))?;
    let fresh = Slot {
        pid,
        threads,
        pool: Arc::new(built),
    };
    if let Some(old) = slot.replace(fresh)
        && old.pid != pid
    {
        // Inherited through fork: its threads are the parent's.
        std::mem::forget(old);
    }
    Ok(Arc::clone(&slot.as_ref().expect("just set").pool))
}
