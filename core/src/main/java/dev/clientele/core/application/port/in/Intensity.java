package dev.clientele.core.application.port.in;

import java.util.Objects;

/**
 * The customer's emotional intensity now, in [0, 1], and its trend over the last customer turns.
 *
 * @param level in [0, 1]
 * @param trend rising, steady or falling
 */
public record Intensity(double level, Trend trend) {

    /** No intensity and no movement. */
    public static final Intensity CALM = new Intensity(0, Trend.STEADY);

    public Intensity {
        if (!(level >= 0 && level <= 1)) {
            throw new IllegalArgumentException("intensity level must be in [0, 1], got " + level);
        }
        Objects.requireNonNull(trend, "trend");
    }

    /** Where the intensity is heading. */
    public enum Trend {
        RISING("rising"), STEADY("steady"), FALLING("falling");

        private final String id;

        Trend(String id) {
            this.id = id;
        }

        /** The id used in the JSON contract. */
        public String id() {
            return id;
        }

        /** The trend with the given contract id; throws {@link IllegalArgumentException} for any other. */
        public static Trend fromId(String id) {
            for (Trend t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("must be one of rising, steady, falling");
        }
    }
}
