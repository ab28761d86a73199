/**
 * The testkit for playbook authors: a fluent harness and contract tests.
 */
module dev.clientele.playbooks.testkit {
    requires transitive dev.clientele.playbooks.api;
    requires transitive dev.clientele.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires transitive quicktheories;

    exports dev.clientele.playbooks.testkit;
}
