package dev.clientele.core.domain.party;

import java.util.Objects;

/**
 * Who pays for an account: a known person, or explicitly unknown. There is no third state, so an
 * account can never silently forget its payer.
 */
public sealed interface Payer {

    /** The payer is not known; contract decisions must first find them. */
    Payer UNKNOWN = new Unknown();

    /** The payer is the person with this id, one of the account's people. */
    static Payer known(PartyId person) {
        return new Known(person);
    }

    /** Whether the payer is known. */
    default boolean isKnown() {
        return this instanceof Known;
    }

    /** @param person the paying person's id */
    record Known(PartyId person) implements Payer {
        public Known {
            Objects.requireNonNull(person, "person");
        }
    }

    /** The explicit statement that nobody known pays. */
    record Unknown() implements Payer {
    }
}
