package dev.clientele.core.domain.sla;

import dev.clientele.core.domain.conversation.Turn;
import dev.clientele.playbooks.api.Speaker;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A promise an agent made in a turn, such as a call-back or an update, due at a time.
 *
 * <p>Entry point: {@link #at(List, Instant)} reads it at {@code asOf}. The law: it is <em>kept</em>
 * exactly when a turn that follows the promise, by {@code asOf} and no later than {@code due}, is an
 * agent turn, or for a call-back a system turn (the phone system recording the call); otherwise it
 * is <em>broken</em> once {@code asOf} is after {@code due}, and <em>pending</em> before.
 *
 * @param kind   a lower-case id such as {@code callback} or {@code update}
 * @param turn   the index of the agent turn that made the promise
 * @param madeAt when that turn was said
 * @param due    when it falls due; not before {@code madeAt}
 */
public record Commitment(String kind, int turn, Instant madeAt, Instant due) {

    /** A promise to call the customer back. */
    public static final String CALLBACK = "callback";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    public Commitment {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a commitment kind is a lower-case id, got " + kind);
        }
        if (turn < 0) {
            throw new IllegalArgumentException("a commitment's turn index must not be negative");
        }
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(madeAt)) {
            throw new IllegalArgumentException("a commitment cannot fall due before it was made");
        }
    }

    /**
     * The first turn that keeps this promise by {@code asOf}, if any. {@code turns} are numbered and
     * in time order, as {@link Turn#inOrder} checks and every interaction's turns are.
     */
    public Optional<Turn> keptBy(List<Turn> turns, Instant asOf) {
        Instant until = asOf.isBefore(due) ? asOf : due;
        // Numbered turns in time order: the turns after the promise start at the first higher index, and
        // none after the first turn past the deadline can keep it, so a long conversation costs a search
        // and the few turns between promise and deadline, not a scan from its start.
        for (int i = firstAfterPromise(turns); i < turns.size(); i++) {
            Turn t = turns.get(i);
            if (t.at().isAfter(until)) {
                break;
            }
            if (keeps(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private int firstAfterPromise(List<Turn> turns) {
        int low = 0;
        int high = turns.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (turns.get(mid).index() > turn) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    private boolean keeps(Turn t) {
        return t.from() == Speaker.AGENT || (t.from() == Speaker.SYSTEM && CALLBACK.equals(kind));
    }

    /** {@link ClockStatus#KEPT}, {@link ClockStatus#BROKEN} or {@link ClockStatus#PENDING} at {@code asOf}. */
    public ClockStatus at(List<Turn> turns, Instant asOf) {
        if (keptBy(turns, asOf).isPresent()) {
            return ClockStatus.KEPT;
        }
        return asOf.isAfter(due) ? ClockStatus.BROKEN : ClockStatus.PENDING;
    }
}
