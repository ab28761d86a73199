package dev.clientele.playbooks.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The ids of the twelve built-in behaviour patterns. They are a public contract: output formats,
 * tests and third-party playbooks refer to them. A pattern describes behaviour in one
 * interaction, never a verdict on a person.
 *
 * <p>Vendor playbooks may report their own patterns with namespaced ids such as
 * {@code acme.vip-complainer}; see {@link #isValid(String)}.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class PatternIds {

    /** Complains about waiting; calms down once things visibly move. */
    public static final String IMPATIENT = "impatient";
    /** Demands immediate action and rejects the constraints themselves. */
    public static final String WANTS_IT_NOW = "wants-it-now";
    /** Describes symptoms vaguely, lacks the vocabulary. */
    public static final String NON_TECHNICAL = "non-technical";
    /** Catastrophises; fear rather than anger. */
    public static final String PANICKER = "panicker";
    /** Claims to know better and tells the agent what to do. */
    public static final String KNOW_IT_ALL = "know-it-all";
    /** Asks again for what was already explained. */
    public static final String FORGETFUL = "forgetful";
    /** Agrees to everything, even to bad news. */
    public static final String YES_SAYER = "yes-sayer";
    /** Upset from the first words, asks for someone in charge, attacks no one. */
    public static final String NERVOUS = "nervous";
    /** Friendly, long messages that drift off the topic. */
    public static final String CHATTERBOX = "chatterbox";
    /** Comes mainly to unload emotions; the case is secondary. */
    public static final String SOCIAL = "social";
    /** Interrupts, takes control, dictates terms. */
    public static final String DOMINANT = "dominant";
    /** Unloads frustration on the agent: insults, personal attacks. */
    public static final String AGGRESSIVE = "aggressive";

    /** All twelve built-in ids, in the order of {@code patterns.md}. */
    public static final List<String> BUILT_IN = List.of(
            IMPATIENT, WANTS_IT_NOW, NON_TECHNICAL, PANICKER, KNOW_IT_ALL, FORGETFUL,
            YES_SAYER, NERVOUS, CHATTERBOX, SOCIAL, DOMINANT, AGGRESSIVE);

    private static final Pattern NAMESPACED = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    private PatternIds() {
    }

    /** Whether {@code id} is one of the twelve built-in ids. */
    public static boolean isBuiltIn(String id) {
        return BUILT_IN.contains(id);
    }

    /** Whether {@code id} may be reported: a built-in id or a namespaced one such as {@code acme.outage}. */
    public static boolean isValid(String id) {
        return id != null && (isBuiltIn(id) || NAMESPACED.matcher(id).matches());
    }
}
