/**
 * The built-in playbooks of Clientele: the twelve behaviour patterns, their advice, escalation
 * and service clocks, in Polish and English. Registered exactly like a vendor's playbook.
 */
module dev.clientele.playbooks.defaults {
    requires transitive dev.clientele.playbooks.api;

    exports dev.clientele.playbooks.defaults;
    // Data only, no classes: the word lists, readable by tools such as the benchmarks' Drools peer.
    opens dev.clientele.playbooks.defaults.lexicon;
    // Data only: the recognition model, whose recorded scores the command line's eval prints.
    opens dev.clientele.playbooks.defaults.model;

    provides dev.clientele.playbooks.spi.Playbook with
            dev.clientele.playbooks.defaults.RecognitionPlaybook,
            dev.clientele.playbooks.defaults.EscalationPlaybook,
            dev.clientele.playbooks.defaults.ServicePlaybook;
}
