package dev.clientele.core.application.internal;

import dev.clientele.core.application.port.in.InvalidInputException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation for every record that crosses an in-port, with each violation turned into a
 * {@link Violation} whose pointer is the JSON pointer of the field ({@code turns[3].at} becomes
 * {@code /turns/3/at}). Thread-safe; the validator is built once, on first use, because building it
 * scans the constraint metadata and costs tens of milliseconds.
 */
public final class ConstraintCheck {

    private ConstraintCheck() {
    }

    /** The Bean Validation problems of {@code object}, unsorted; empty when it satisfies every constraint. */
    public static List<Violation> violations(Object object) {
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : Shared.VALIDATOR.validate(object)) {
            found.add(new Violation(pointer(v.getPropertyPath()), v.getMessage()));
        }
        return found;
    }

    /**
     * The JSON pointer of a Bean Validation property path. An index or key on a node addresses the
     * element of the previous node's container, so it is written before the node's own name;
     * container-element nodes such as {@code <list element>} have no name in JSON.
     */
    static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    // RFC 6901: '~' and '/' inside a reference token are escaped, '~' first.
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    // Initialization-on-demand holder: built once, safely published, and only when first needed.
    private static final class Shared {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            // English messages whatever the JVM's locale: they are part of the documented one-line errors.
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .defaultLocale(Locale.ROOT)
                    .locales(Locale.ROOT)
                    .buildValidatorFactory();
            // The factory is kept for the JVM's lifetime; its validator is thread-safe.
            return factory.getValidator();
        }
    }
}
