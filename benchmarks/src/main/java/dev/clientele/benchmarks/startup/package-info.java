/**
 * Cold-start measurements that JMH cannot make: each phase timed once in a fresh JVM.
 */
package dev.clientele.benchmarks.startup;
