/**
 * Clientele's benchmarks: JMH measurements of the engine, the Drools peer they are compared with,
 * and the generator of interactions for the end-to-end runs. Not a library; nothing is exported.
 */
module dev.clientele.benchmarks {
    requires dev.clientele.core;
    requires dev.clientele.adapter.json;
    requires dev.clientele.adapter.text;
    requires dev.clientele.playbooks.defaults;
    requires com.fasterxml.jackson.databind;
    requires jmh.core;
    requires org.kie.api;
    requires org.kie.internal.api;
}
