/**
 * The built-in playbooks of Clientele: the twelve behaviour patterns, their advice, escalation
 * and service clocks, in Polish and English. Registered exactly like a vendor's playbook.
 */
module dev.clientele.playbooks.defaults {
    requires transitive dev.clientele.playbooks.api;

    exports dev.clientele.playbooks.defaults;

    provides dev.clientele.playbooks.spi.Playbook with
            dev.clientele.playbooks.defaults.RecognitionPlaybook,
            dev.clientele.playbooks.defaults.EscalationPlaybook,
            dev.clientele.playbooks.defaults.ServicePlaybook;
}
