/**
 * ACME Broadband's outage playbook for Clientele: a vendor plugin that depends on the published
 * SPI only, registered for the module path here and for the class path in META-INF/services.
 */
module com.example.acme.outage {
    requires dev.clientele.playbooks.api;

    provides dev.clientele.playbooks.spi.Playbook with com.example.acme.outage.OutagePlaybook;
}
