package dev.clientele.core.application.port.in;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks the contract. Carries every problem found, each with the JSON pointer of
 * its field, sorted by pointer.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** @param violations at least one problem */
    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** The problems, each naming its field. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One problem with the input.
     *
     * @param pointer the JSON pointer of the field, such as {@code /turns/3/at}; empty for the document itself
     * @param message the rule it breaks, such as {@code must not be null}
     */
    public record Violation(String pointer, String message) implements Comparable<Violation> {

        @Override
        public int compareTo(Violation other) {
            int byPointer = pointer.compareTo(other.pointer);
            return byPointer != 0 ? byPointer : message.compareTo(other.message);
        }

        /** {@code pointer: message}, the one-line form the command line prints. */
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "/" : pointer) + ": " + message;
        }
    }
}
