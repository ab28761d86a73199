/**
 * A concurrent batch over the library, to measure how much of the batch goal more cores would give.
 */
package dev.clientele.benchmarks.batch;
