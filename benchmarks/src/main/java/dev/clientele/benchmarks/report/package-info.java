/**
 * Turns one run of {@code benchmarks/run.sh} into {@code docs/performance.md}.
 */
package dev.clientele.benchmarks.report;
