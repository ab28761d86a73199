/**
 * Example: embed the Clientele engine, import a Zendesk export and list what needs escalation first.
 * The text analyser and the default playbooks are found at run time with ServiceLoader.
 */
module com.example.crm {
    requires transitive dev.clientele.core;
    requires dev.clientele.adapter.crm.zendesk;

    exports com.example.crm;
}
