/**
 * For people at a shell and for scripts: the {@code clientele} commands; {@link dev.clientele.adapter.cli.Main}
 * is the entry point of the shaded jar.
 */
package dev.clientele.adapter.cli;
