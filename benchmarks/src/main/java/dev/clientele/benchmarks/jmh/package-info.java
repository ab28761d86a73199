/**
 * The JMH benchmarks: single assessments, incremental re-assessment, per-playbook overhead, and
 * the Drools peer side by side. Run by {@code benchmarks/run.sh}, never by {@code mvn verify}.
 */
package dev.clientele.benchmarks.jmh;
