package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.TurnIntensity;

import java.util.ArrayList;
import java.util.List;

/**
 * The customer's emotional intensity per turn. Each turn has its own heat (insults, attacks on
 * competence, threats, capitals, runs of ! and ?, demands) minus its cooling (apologies, thanks),
 * and carries part of the previous turn's level, because anger fades over turns rather than at
 * once; an apology halves what is carried over. Levels are clamped to [0, 1].
 */
final class Intensity {

    /** The share of the previous level a turn carries over. */
    static final double CARRY = 0.6;
    static final double BASE = 0.1;

    private Intensity() {
    }

    static List<TurnIntensity> perCustomerTurn(Reading reading) {
        List<TurnIntensity> levels = new ArrayList<>();
        double previous = 0;
        for (TurnReading t : reading.customerTurns()) {
            boolean apology = t.has(Signal.APOLOGY);
            double carried = CARRY * previous * (apology ? 0.5 : 1);
            double level = clamp(heat(t) + carried);
            levels.add(new TurnIntensity(t.index(), Math.round(level * 1000) / 1000.0));
            previous = level;
        }
        return levels;
    }

    /** The turn's own contribution, which may be negative when it apologises or thanks. */
    static double heat(TurnReading t) {
        double h = BASE;
        boolean addressed = Recogniser.addressed(t);
        if (t.has(Signal.INSULT)) {
            h += addressed ? 0.3 : 0.15;
        }
        if (t.has(Signal.COMPETENCE_ATTACK)) {
            h += 0.2;
        }
        if (t.has(Signal.PROFANITY)) {
            h += 0.15;
        }
        if (t.has(Signal.THREAT)) {
            h += 0.25;
        }
        if (t.has(Signal.ANGER)) {
            h += 0.1;
        }
        if (t.has(Signal.PANICKER)) {
            h += 0.15;
        }
        if (t.has(Signal.MANAGER_DEMAND) || t.has(Signal.WANTS_IT_NOW)) {
            h += 0.1;
        }
        if (t.has(Signal.IMPATIENT)) {
            h += 0.05;
        }
        var signals = t.turn().analysis().signals();
        if (signals.capitalsRatio() >= 0.6 && signals.words() >= 4) {
            h += 0.2;
        } else if (t.shoutedWord() != null) {
            h += 0.1;
        }
        int exclamations = signals.longestExclamationRun();
        h += exclamations >= 3 ? 0.15 : exclamations == 2 ? 0.1 : exclamations == 1 ? 0.05 : 0;
        if (signals.longestQuestionRun() >= 2) {
            h += 0.1;
        }
        if (t.has(Signal.APOLOGY)) {
            h -= 0.2;
        }
        if (t.has(Signal.THANKS)) {
            h -= 0.2;
        }
        return h;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
