//! Many texts on all cores (feature `rayon`).

use rayon::prelude::*;

use crate::detector::Detector;
use crate::report::Report;

impl Detector {
    /// Analyses every text in parallel on rayon's thread pool and returns the
    /// reports in input order. Run it inside a
    /// [`rayon::ThreadPool::install`] to choose the number of threads.
    ///
    /// Each worker thread keeps its own scratch buffers, so the reports are
    /// exactly those of [`Detector::analyze`], whatever the thread count.
    ///
    /// # Examples
    ///
    /// ```
    /// let detector = spamsplit::Detector::new();
    /// let texts = [
    ///     "A quiet day at the harbour.",
    ///     "cheap ugg boots outlet cheap ugg boots outlet cheap ugg boots outlet",
    /// ];
    /// let reports = detector.analyze_batch(&texts);
    /// assert_eq!(reports.len(), 2);
    /// assert!(!reports[0].is_spam() && reports[1].is_spam());
    /// ```
    pub fn analyze_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Report> {
        texts.par_iter().map(|t| self.analyze(t.as_ref())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_equals_one_by_one_in_order() {
        let d = Detector::new();
        let texts: Vec<String> = (0..200)
            .map(|i| match i % 3 {
                0 => format!("Story number {i} was filed on time by the desk."),
                1 => format!("Item {i}. moncler outlet moncler outlet moncler outlet cheap"),
                _ => "短い文章です。".repeat(i % 7 + 1),
            })
            .collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let batch = pool.install(|| d.analyze_batch(&texts));
        let single: Vec<Report> = texts.iter().map(|t| d.analyze(t)).collect();
        assert_eq!(batch, single);
    }
}
