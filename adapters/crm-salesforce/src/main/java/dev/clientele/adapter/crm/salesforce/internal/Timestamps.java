package dev.clientele.adapter.crm.salesforce.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Salesforce date-times: {@code 2024-03-01T09:15:00.000+0000} in REST results, ISO-8601 elsewhere. */
final class Timestamps {

    private static final DateTimeFormatter REST = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");

    private Timestamps() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notUtc) {
            try {
                return Optional.of(OffsetDateTime.parse(text, REST).toInstant());
            } catch (DateTimeParseException notRest) {
                try {
                    return Optional.of(OffsetDateTime.parse(text).toInstant());
                } catch (DateTimeParseException unreadable) {
                    return Optional.empty();
                }
            }
        }
    }
}
