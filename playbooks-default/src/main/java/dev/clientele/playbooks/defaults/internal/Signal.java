package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.PatternIds;

/**
 * What a cue stands for: either direct evidence for one behaviour pattern, or a shared signal
 * that several rules combine (an insult, a demand for a manager, an agent's promise...).
 */
enum Signal {
    IMPATIENT(PatternIds.IMPATIENT),
    WANTS_IT_NOW(PatternIds.WANTS_IT_NOW),
    NON_TECHNICAL(PatternIds.NON_TECHNICAL),
    PANICKER(PatternIds.PANICKER),
    KNOW_IT_ALL(PatternIds.KNOW_IT_ALL),
    FORGETFUL(PatternIds.FORGETFUL),
    NERVOUS(PatternIds.NERVOUS),
    CHATTERBOX(PatternIds.CHATTERBOX),
    SOCIAL(PatternIds.SOCIAL),
    DOMINANT(PatternIds.DOMINANT),
    /** An attack on the agent's competence or on the company's people, short of an insult. */
    COMPETENCE_ATTACK(null),
    /** A word that insults a person. */
    INSULT(null),
    /** Swearing that insults nobody in particular. */
    PROFANITY(null),
    /** Words that address the other side directly: "you", "ty", "pani". */
    SECOND_PERSON(null),
    /** A threat: legal action, going public, harm. */
    THREAT(null),
    /** Anger or indignation without an attack. */
    ANGER(null),
    APOLOGY(null),
    THANKS(null),
    /** A demand for a manager, a supervisor, a real person or "someone who decides". */
    MANAGER_DEMAND(null),
    /** Agreement words: "ok", "dobrze", "sure, fine". */
    AGREEMENT(null),
    /** Giving in to a bad outcome: "no trudno", "I'll manage". */
    RESIGNATION(null),
    /** An agent's message that carries bad news: a delay, a cancellation, something impossible. */
    BAD_NEWS(null),
    /** An agent asking to keep the conversation free of personal remarks. */
    BOUNDARY(null),
    /** An agent who has to end the call or cannot talk now. */
    END_CALL(null),
    /** An agent who says the matter is beyond them and needs an expert. */
    EXPERTISE_GAP(null),
    /** A request that changes the contract: cancel, upgrade, downgrade, price, invoice details. */
    CONTRACT_CHANGE(null),
    /** Words of off-topic small talk: weather, family, holidays. */
    SMALL_TALK(null),
    /** The start of a question about what a word means: "what is", "co to znaczy". */
    MEANING_QUESTION(null),
    /** A unit of waiting time: hour, minutes, days. */
    TIME_UNIT(null);

    private final String pattern;

    Signal(String pattern) {
        this.pattern = pattern;
    }

    /** The pattern id this signal is direct evidence for, or null for a shared signal. */
    String pattern() {
        return pattern;
    }
}
