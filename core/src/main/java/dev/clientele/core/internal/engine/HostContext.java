package dev.clientele.core.internal.engine;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The context one playbook receives: the host's API version, its own settings, and the shared analysis. */
public final class HostContext implements PlaybookContext {

    private final Map<String, String> configuration;
    private final AnalysisCache analysis;

    private HostContext(Map<String, String> configuration, AnalysisCache analysis) {
        this.configuration = configuration;
        this.analysis = analysis;
    }

    /**
     * The context of the playbook {@code id}: of all {@code settings}, only the keys that start with
     * {@code id + "."}, with that prefix removed, so one playbook never sees another's settings.
     */
    public static HostContext forPlaybook(String id, Map<String, String> settings, AnalysisCache analysis) {
        String prefix = id + ".";
        Map<String, String> own = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                own.put(key.substring(prefix.length()), value);
            }
        });
        return new HostContext(Map.copyOf(own), Objects.requireNonNull(analysis, "analysis"));
    }

    @Override
    public ApiVersion hostApiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Map<String, String> configuration() {
        return configuration;
    }

    @Override
    public AnalysedText analyse(String text, String language) {
        return analysis.analyse(Objects.requireNonNull(text, "text"), Objects.requireNonNull(language, "language"));
    }
}
