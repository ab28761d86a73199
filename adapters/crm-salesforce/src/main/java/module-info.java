/**
 * Salesforce exports to {@code clientele.interaction/v1}: {@code sf data tree} files and REST query
 * results with Accounts, Contacts, AccountContactRelations, Cases, CaseComments and EmailMessages.
 */
module dev.clientele.adapter.crm.salesforce {
    requires transitive dev.clientele.adapter.json;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.clientele.adapter.crm.salesforce;
}
