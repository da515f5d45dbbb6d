// Package bench holds the benchmarks of the answer engine over generated
// guides (package careerbot/internal/gen): index build time, heap after
// build, and answer latency (median and p99) for /salary and for free text
// with and without a career named, side by side with a plain bleve match
// query over the same sections. Sizes come from CAREERBOT_BENCH_SIZES
// (default "1,100,1000"); see BENCHMARKS.md at the repository root for the
// command and the results.
package bench
