package dev.clientele.playbooks.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * States how stable a public type or member is; the policy behind each status is in
 * {@code docs/api-evolution.md}. Every public type of this module carries it.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
@Api(status = Api.Status.STABLE, since = "0.1")
public @interface Api {

    /** How stable the annotated element is. */
    Status status();

    /** The API version that introduced the element in its current status. */
    String since();

    /** Stability tiers, from the strongest promise to none. */
    enum Status {
        /** Changes only in a major version, after a deprecation cycle. */
        STABLE,
        /** Kept for at least one minor version; changes are announced in the release notes. */
        MAINTAINED,
        /** New; may change or disappear in any minor version. */
        EXPERIMENTAL,
        /** Will be removed; see the Javadoc for the replacement. */
        DEPRECATED,
        /** Not for use outside Clientele, even though it is public. */
        INTERNAL
    }
}
