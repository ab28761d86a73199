package dev.clientele.playbooks.spi;

import dev.clientele.playbooks.api.Api;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of this SPI, {@code MAJOR.MINOR}. A host accepts a playbook built against the same
 * major version and a minor version no newer than its own; see {@code docs/api-evolution.md}.
 *
 * @param major incompatible changes increase it
 * @param minor additive changes increase it
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** The version of the SPI in this artifact. */
    public static final ApiVersion CURRENT = new ApiVersion(1, 0);

    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public ApiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version numbers must not be negative");
        }
    }

    /**
     * Parses {@code MAJOR.MINOR}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static ApiVersion parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("API version must look like 1.0, got '" + text + "'");
        }
        return new ApiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether a host at this version can run a playbook built against {@code builtAgainst}. */
    public boolean canRun(ApiVersion builtAgainst) {
        return builtAgainst.major == major && builtAgainst.minor <= minor;
    }

    @Override
    public int compareTo(ApiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
