// Package askmix holds the question mix that loadtest/httpcpu sends and
// engine's BenchmarkHTTPCPUMix answers in process, so the two measure the
// same questions, spaced the same way.
package askmix
