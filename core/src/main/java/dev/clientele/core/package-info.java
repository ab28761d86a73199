/**
 * For applications that embed Clientele: the {@link dev.clientele.core.Clientele} engine, built
 * with {@link dev.clientele.core.Clientele#builder()}.
 */
package dev.clientele.core;
