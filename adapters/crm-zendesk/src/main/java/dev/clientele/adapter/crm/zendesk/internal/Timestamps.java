package dev.clientele.adapter.crm.zendesk.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Zendesk timestamps: ISO-8601 with {@code Z} in the API, sometimes with an offset in ETL output. */
final class Timestamps {

    private Timestamps() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.trim()));
        } catch (DateTimeParseException notUtc) {
            try {
                return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
