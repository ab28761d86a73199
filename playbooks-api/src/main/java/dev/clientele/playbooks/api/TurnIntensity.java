package dev.clientele.playbooks.api;

/**
 * The emotional intensity a playbook measured in one customer turn.
 *
 * @param turn  the index of the customer turn
 * @param level in [0, 1]
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record TurnIntensity(int turn, double level) {

    public TurnIntensity {
        if (turn < 0) {
            throw new IllegalArgumentException("intensity turn must not be negative");
        }
        if (!(level >= 0 && level <= 1)) {
            throw new IllegalArgumentException("intensity level must be in [0, 1], got " + level);
        }
    }
}
