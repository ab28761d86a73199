package dev.clientele.core.domain.sla;

import dev.clientele.playbooks.api.Channel;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The service levels an account's contract grants: a first-response target per channel and the
 * business-hours calendar the clocks run in.
 *
 * @param firstResponse a positive target for every channel
 * @param calendar      when the clocks run
 */
public record Entitlement(Map<Channel, Duration> firstResponse, BusinessCalendar calendar) {

    /** Our own promise without a contract: about ten minutes for a first response, around the clock. */
    public static final Duration DEFAULT_FIRST_RESPONSE = Duration.ofMinutes(10);

    /** What every interaction gets when no contract says otherwise. */
    public static final Entitlement STANDARD = uniform(DEFAULT_FIRST_RESPONSE, BusinessCalendar.ALWAYS);

    public Entitlement {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(calendar, "calendar");
        for (Channel c : Channel.values()) {
            Duration target = firstResponse.get(c);
            if (target == null || target.isZero() || target.isNegative()) {
                throw new IllegalArgumentException("the first-response target on " + c.id() + " must be positive");
            }
        }
        firstResponse = Map.copyOf(firstResponse);
    }

    /** The same first-response target on every channel. */
    public static Entitlement uniform(Duration target, BusinessCalendar calendar) {
        Map<Channel, Duration> targets = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            targets.put(c, target);
        }
        return new Entitlement(targets, calendar);
    }

    /** This entitlement with a contracted target on {@code channel}. */
    public Entitlement withFirstResponse(Channel channel, Duration target) {
        Map<Channel, Duration> targets = new EnumMap<>(firstResponse);
        targets.put(channel, target);
        return new Entitlement(targets, calendar);
    }

    /** This entitlement with its clocks running in {@code businessHours}. */
    public Entitlement in(BusinessCalendar businessHours) {
        return new Entitlement(firstResponse, businessHours);
    }

    /** The first-response target on {@code channel}. */
    public Duration firstResponseOn(Channel channel) {
        return firstResponse.get(channel);
    }
}
