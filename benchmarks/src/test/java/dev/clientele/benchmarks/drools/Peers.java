package dev.clientele.benchmarks.drools;

import dev.clientele.adapter.text.StandardTextAnalyser;

/** One compiled peer for all test classes of a run: building the rule base takes seconds. */
final class Peers {

    private static DroolsPeer shared;

    private Peers() {
    }

    static synchronized DroolsPeer shared() {
        if (shared == null) {
            shared = DroolsPeer.start(new StandardTextAnalyser()::analyse);
        }
        return shared;
    }
}
