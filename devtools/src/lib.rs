//! Nothing to link: the tools are the binaries in `src/bin` and the benchmark in `benches`.
