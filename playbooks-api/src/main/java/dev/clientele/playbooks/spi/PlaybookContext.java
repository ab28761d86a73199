package dev.clientele.playbooks.spi;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Api;

import java.util.Map;
import java.util.Optional;

/**
 * What the host offers a playbook. Playbooks never reach into the host; new host services arrive
 * here as new default methods, so existing playbooks keep compiling.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public interface PlaybookContext {

    /** The SPI version the host implements. */
    ApiVersion hostApiVersion();

    /**
     * This playbook's configuration: the host's settings under the prefix {@code <playbook id>.},
     * with the prefix removed. Never null; immutable.
     */
    Map<String, String> configuration();

    /**
     * Analyses a text exactly as the host analyses turns, so that a playbook can compile its own
     * word lists into the same lemmas the turns carry. Thread-safe; may be slow, so call it when
     * starting, not per turn.
     *
     * @param text     the text; not null
     * @param language a lower-case ISO 639-1 code the host supports, such as {@code pl} or {@code en}
     */
    AnalysedText analyse(String text, String language);

    /** One configuration value, if set. */
    default Optional<String> setting(String key) {
        return Optional.ofNullable(configuration().get(key));
    }
}
