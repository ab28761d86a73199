/**
 * The deterministic generator of Polish and English interactions that benchmarks and batch runs read.
 */
package dev.clientele.benchmarks.generate;
