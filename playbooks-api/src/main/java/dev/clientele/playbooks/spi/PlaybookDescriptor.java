package dev.clientele.playbooks.spi;

import dev.clientele.playbooks.api.Api;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.PatternIds;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a playbook is and what it may do, readable before it runs. The host uses it to choose
 * the playbooks that apply to an interaction and to check what they report.
 *
 * <p>Ids are lower case. The {@code clientele-} prefix is reserved for the built-in playbooks;
 * every other id is namespaced with a dot, such as {@code acme.outage}.
 *
 * @param id         unique among loaded playbooks
 * @param version    the playbook's own version, free form; not blank
 * @param apiVersion the SPI version the playbook was built against, normally {@link ApiVersion#CURRENT}
 * @param languages  the languages it has texts for, lower-case ISO 639-1 codes; at least one
 * @param patterns   the pattern ids it may report; it must report no other
 * @param channels   the channels it applies to; empty means every channel
 * @param priority   in [0, 100]; breaks ties when the host orders advice from several playbooks
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PlaybookDescriptor(String id, String version, ApiVersion apiVersion, Set<String> languages,
                                 Set<String> patterns, Set<Channel> channels, int priority) {

    /** The id prefix reserved for the playbooks that ship with Clientele. */
    public static final String RESERVED_PREFIX = "clientele-";

    private static final Pattern BUILT_IN_ID = Pattern.compile("clientele-[a-z0-9][a-z0-9-]*");
    private static final Pattern VENDOR_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public PlaybookDescriptor {
        if (id == null || !(BUILT_IN_ID.matcher(id).matches() || VENDOR_ID.matcher(id).matches())) {
            throw new IllegalArgumentException("playbook id must be namespaced like acme.outage "
                    + "(or clientele-... for built-ins), got " + id);
        }
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("playbook version must not be blank");
        }
        Objects.requireNonNull(apiVersion, "apiVersion");
        languages = Set.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a playbook declares at least one language");
        }
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("language must be a lower-case ISO 639 code, got " + language);
            }
        }
        patterns = Set.copyOf(patterns);
        for (String pattern : patterns) {
            if (!PatternIds.isValid(pattern)) {
                throw new IllegalArgumentException("pattern must be a built-in id or namespaced, got " + pattern);
            }
        }
        channels = Set.copyOf(channels);
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("priority must be in [0, 100], got " + priority);
        }
    }

    /** A descriptor built against the current API, for every channel, with priority 50. */
    public static PlaybookDescriptor of(String id, String version, Set<String> languages, Set<String> patterns) {
        return new PlaybookDescriptor(id, version, ApiVersion.CURRENT, languages, patterns, Set.of(), 50);
    }

    /** Whether the id uses the prefix reserved for built-in playbooks. */
    public boolean claimsBuiltInId() {
        return id.startsWith(RESERVED_PREFIX);
    }

    /** Whether this playbook applies to an interaction in {@code language} on {@code channel}. */
    public boolean appliesTo(String language, Channel channel) {
        return languages.contains(language) && (channels.isEmpty() || channels.contains(channel));
    }
}
