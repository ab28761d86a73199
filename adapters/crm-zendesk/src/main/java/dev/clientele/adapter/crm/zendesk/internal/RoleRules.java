package dev.clientele.adapter.crm.zendesk.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;

/**
 * Where an export says who pays and who decides. Zendesk has no such notion, so each is a user
 * field or a user tag the integrator names; a null name means that source is not used.
 *
 * @param payerField         a key of {@code user_fields} whose truthy value marks a payer
 * @param payerTag           a user tag that marks a payer
 * @param decisionMakerField a key of {@code user_fields} whose truthy value marks a decision-maker
 * @param decisionMakerTag   a user tag that marks a decision-maker
 * @param tierField          a key of {@code organization_fields} holding the contract tier
 */
public record RoleRules(String payerField, String payerTag, String decisionMakerField, String decisionMakerTag,
                        String tierField) {

    private static final Set<String> FALSY = Set.of("", "false", "no", "0", "null", "none");

    boolean isPayer(JsonNode user) {
        return marked(user, payerField, payerTag);
    }

    boolean isDecisionMaker(JsonNode user) {
        return marked(user, decisionMakerField, decisionMakerTag);
    }

    /** Whether tags given apart from the user (a warehouse's {@code user_tag} table) mark a payer. */
    boolean tagsMarkPayer(java.util.Collection<String> tags) {
        return payerTag != null && tags.stream().anyMatch(payerTag::equalsIgnoreCase);
    }

    /** Whether tags given apart from the user mark a decision-maker. */
    boolean tagsMarkDecisionMaker(java.util.Collection<String> tags) {
        return decisionMakerTag != null && tags.stream().anyMatch(decisionMakerTag::equalsIgnoreCase);
    }

    private static boolean marked(JsonNode user, String field, String tag) {
        if (tag != null) {
            for (JsonNode t : user.path("tags")) {
                if (t.asText().equalsIgnoreCase(tag)) {
                    return true;
                }
            }
        }
        if (field != null) {
            JsonNode value = user.path("user_fields").path(field);
            if (value.isBoolean()) {
                return value.booleanValue();
            }
            // A drop-down or text field counts when it holds anything that does not read as "no".
            return value.isValueNode() && !FALSY.contains(value.asText().trim().toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
