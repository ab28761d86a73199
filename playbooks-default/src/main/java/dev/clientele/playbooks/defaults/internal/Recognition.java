package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.TurnIntensity;

import java.util.List;
import java.util.Optional;

/**
 * What the recogniser found in one interaction.
 *
 * @param observations      every pattern with some evidence, most confident first
 * @param intensities       the intensity of each customer turn in the window, in turn order
 * @param apologisedLast    whether the customer's latest turn apologises
 */
public record Recognition(List<Observation> observations, List<TurnIntensity> intensities, boolean apologisedLast) {

    public Recognition {
        observations = List.copyOf(observations);
        intensities = List.copyOf(intensities);
    }

    /** The observation of {@code pattern} at or above {@code threshold}, if any. */
    public Optional<Observation> seen(String pattern, double threshold) {
        return observations.stream().filter(o -> o.pattern().equals(pattern) && o.confidence() >= threshold).findFirst();
    }

    /** How the customer's intensity moves over their last three turns, like the host reports it. */
    public Trend trend() {
        if (intensities.size() < 2) {
            return Trend.STEADY;
        }
        double last = intensities.get(intensities.size() - 1).level();
        double first = intensities.get(Math.max(0, intensities.size() - 3)).level();
        double change = last - first;
        return change > 0.15 ? Trend.RISING : change < -0.15 ? Trend.FALLING : Trend.STEADY;
    }

    /** The customer's current intensity, or 0 before they said anything. */
    public double level() {
        return intensities.isEmpty() ? 0 : intensities.get(intensities.size() - 1).level();
    }

    /** Direction of the customer's intensity. */
    public enum Trend { RISING, STEADY, FALLING }
}
