/**
 * The testkit for playbook authors: a fluent harness, interaction builders and generators, and
 * contract tests.
 */
module dev.clientele.playbooks.testkit {
    requires transitive dev.clientele.playbooks.api;
    requires transitive dev.clientele.core;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires transitive quicktheories;

    exports dev.clientele.playbooks.testkit;

    // PlaybookHarness.byId finds playbooks, and the harness finds the analyser, as the engine does.
    uses dev.clientele.playbooks.spi.Playbook;
    uses dev.clientele.core.application.port.out.TextAnalyser;
}
