package dev.clientele.playbooks.spi;

import dev.clientele.playbooks.api.Api;
import dev.clientele.playbooks.api.PlaybookResult;

/**
 * A source of advice for customer-service agents, discovered with {@link java.util.ServiceLoader}.
 * Register an implementation in {@code META-INF/services/dev.clientele.playbooks.spi.Playbook} for
 * the class path and with {@code provides ... with} for the module path; it needs a public
 * no-argument constructor. The requirements are in {@code docs/writing-a-playbook.md}.
 *
 * <p>The host may call {@link #assess} from several threads at once, after {@link #start} returned.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface Playbook {

    /** What this playbook is and may report; must be cheap, constant, and never null. */
    PlaybookDescriptor descriptor();

    /**
     * Called once before the first {@link #assess}, with the host's context: the place to compile
     * word lists with {@link PlaybookContext#analyse}. The default does nothing.
     */
    default void start(PlaybookContext context) {
    }

    /**
     * Assesses one interaction. Must not block, must finish within the host's time budget,
     * must return the same result for the same request, and never null
     * ({@link PlaybookResult#EMPTY} when there is nothing to say).
     */
    PlaybookResult assess(PlaybookRequest request);
}
