package dev.clientele.playbooks.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only view of one interaction, as of one moment, handed to every playbook.
 * Turns after {@code asOf} are not in the view; the lists are immutable.
 *
 * @param id        the interaction's id in the source system
 * @param channel   the medium
 * @param language  the interaction's language, a lower-case ISO 639-1 code
 * @param requester the person in contact with us
 * @param account   the paying client the requester acts for, if any
 * @param context   queue and earlier contacts
 * @param turns     the turns up to {@code asOf}, in time order, each already analysed by the host
 * @param asOf      the moment of the assessment
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record InteractionView(String id, Channel channel, String language, PartyView requester,
                              Optional<AccountView> account, ContextView context, List<TurnView> turns,
                              Instant asOf) {

    public InteractionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(context, "context");
        turns = List.copyOf(turns);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The customer's turns, in time order. */
    public List<TurnView> customerTurns() {
        return turns.stream().filter(TurnView::byCustomer).toList();
    }

    /** The last turn, if there is one. */
    public Optional<TurnView> lastTurn() {
        return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
    }
}
