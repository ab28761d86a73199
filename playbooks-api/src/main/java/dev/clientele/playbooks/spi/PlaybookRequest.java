package dev.clientele.playbooks.spi;

import dev.clientele.playbooks.api.Api;
import dev.clientele.playbooks.api.InteractionView;

import java.util.Objects;

/**
 * One call of a playbook: the interaction to assess and the host's context. A record, so that a
 * new input is a new component and never a new method signature.
 *
 * @param interaction the read-only view to assess
 * @param context     the host's services for this playbook
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PlaybookRequest(InteractionView interaction, PlaybookContext context) {

    public PlaybookRequest {
        Objects.requireNonNull(interaction, "interaction");
        Objects.requireNonNull(context, "context");
    }
}
