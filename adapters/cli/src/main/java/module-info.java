/**
 * The {@code clientele} command line: assess, validate, eval, playbooks, batch and import.
 */
module dev.clientele.adapter.cli {
    requires dev.clientele.adapter.json;
    requires dev.clientele.core;
    requires dev.clientele.adapter.crm.zendesk;
    requires dev.clientele.adapter.crm.salesforce;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    // picocli sets the annotated option fields reflectively.
    opens dev.clientele.adapter.cli to info.picocli;
}
