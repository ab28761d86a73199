package dev.clientele.adapter.cli.internal;

/**
 * A mistake in how the command was called or in what it was given (a missing file, a bad option
 * value): reported as one line with exit code 2.
 */
public final class UsageProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageProblem(String message) {
        super(message);
    }
}
