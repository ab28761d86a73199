/**
 * Not for callers: how the commands read files, print summaries, show progress and draw the batch report.
 */
package dev.clientele.adapter.cli.internal;
