/**
 * The standard {@link dev.clientele.core.application.port.out.TextAnalyser}, for hosts that wire
 * one explicitly; the engine otherwise finds it with {@link java.util.ServiceLoader}.
 */
package dev.clientele.adapter.text;
