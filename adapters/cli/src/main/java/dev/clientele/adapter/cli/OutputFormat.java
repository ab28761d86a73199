package dev.clientele.adapter.cli;

/** How a command prints its result. */
enum OutputFormat {
    /** The contract's JSON, for programs. */
    json,
    /** A readable summary, for people. */
    text
}
