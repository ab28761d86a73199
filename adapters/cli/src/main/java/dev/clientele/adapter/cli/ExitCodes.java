package dev.clientele.adapter.cli;

/** The command line's exit codes, as the contract fixes them. */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** An internal failure: a bug or an unreadable environment, not the user's input. */
    static final int FAILURE = 1;
    /** Invalid input or usage. */
    static final int INVALID = 2;

    private ExitCodes() {
    }
}
