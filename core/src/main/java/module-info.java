/**
 * The Clientele core: the domain of customers, interactions, escalations and service clocks,
 * the application services and their ports, and the engine that runs playbooks.
 */
module dev.clientele.core {
    requires transitive dev.clientele.playbooks.api;
    // Transitive: the in-ports' command and input records carry Bean Validation annotations.
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.clientele.core;
    exports dev.clientele.core.application.port.in;
    exports dev.clientele.core.application.port.out;
    exports dev.clientele.core.application.evaluation;
    exports dev.clientele.core.application;
    exports dev.clientele.core.domain.party;
    exports dev.clientele.core.domain.conversation;
    exports dev.clientele.core.domain.lifecycle;
    exports dev.clientele.core.domain.sla;
    exports dev.clientele.core.domain.escalation;
    exports dev.clientele.core.domain.interaction;
    // The JSON contract and the command line check input without assessing it (validate, batch).
    exports dev.clientele.core.application.internal to dev.clientele.adapter.json, dev.clientele.adapter.cli;

    // Bean Validation reads the boundary records' components reflectively.
    opens dev.clientele.core.application.port.in to org.hibernate.validator;

    uses dev.clientele.playbooks.spi.Playbook;
    uses dev.clientele.core.application.port.out.TextAnalyser;
}
