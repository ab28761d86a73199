package dev.clientele.core;

import dev.clientele.core.application.port.in.AssessInteraction;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.core.application.port.out.TextAnalyser;
import dev.clientele.core.internal.engine.Engine;
import dev.clientele.core.internal.engine.PlaybookDiscovery;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Clientele engine: runs every discovered playbook on an interaction, each isolated under a
 * time budget, and merges what they say into one {@link Assessment}. Thread-safe. Build one per
 * application (or per batch) with {@link #builder()} and {@link #close()} it when done: a playbook
 * that keeps failing is switched off for the rest of the instance's life.
 *
 * <pre>{@code
 * try (Clientele clientele = Clientele.builder().pluginDirectory(Path.of("plugins")).build()) {
 *     Assessment assessment = clientele.assess(input);
 * }
 * }</pre>
 */
public final class Clientele implements AssessInteraction, AutoCloseable {

    /** The time one playbook may take for one interaction, unless configured. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofMillis(50);
    /** The lowest merged confidence reported, unless configured. */
    public static final double DEFAULT_REPORTING_THRESHOLD = 0.5;

    private final Engine engine;
    private final URLClassLoader plugins;
    private final List<LoadedPlaybook> loaded;

    private Clientele(Engine engine, URLClassLoader plugins) {
        this.engine = engine;
        this.plugins = plugins;
        this.loaded = engine.loaded().stream().map(e -> new LoadedPlaybook(e.descriptor(), e.source())).toList();
    }

    /** A builder with the defaults: discovery on the class path, 50 ms budget, threshold 0.5. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Playbooks that fail, time out or were refused appear in {@link Assessment#diagnostics()};
     * the assessment is complete without them.
     */
    @Override
    public Assessment assess(InteractionInput input) {
        return engine.assess(input);
    }

    /** The playbooks loaded and started, by id. */
    public List<LoadedPlaybook> playbooks() {
        return loaded;
    }

    /** The problems met while discovering and starting playbooks, by playbook then problem. */
    public List<Diagnostic> diagnostics() {
        return engine.setupProblems();
    }

    /**
     * The read-only view the playbooks would see for {@code input}: the turns up to {@code asOf},
     * already analysed. For tools and the testkit.
     *
     * @throws dev.clientele.core.application.port.in.InvalidInputException when the input breaks the contract
     */
    public InteractionView view(InteractionInput input) {
        return engine.view(input);
    }

    /** The context a loaded playbook was started with, so that tools can call it as the engine does. */
    public Optional<PlaybookContext> contextOf(String playbookId) {
        return engine.contextOf(playbookId);
    }

    /** Stops the engine's threads and closes the plugin folder's class loader. */
    @Override
    public void close() {
        engine.close();
        if (plugins != null) {
            try {
                plugins.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not close the plugin class loader", e);
            }
        }
    }

    /** Configures a {@link Clientele}; not thread-safe. */
    public static final class Builder {
        private Path pluginDirectory;
        private ClassLoader classLoader;
        private ModuleLayer moduleLayer;
        private List<Playbook> instances;
        private PlaybookCatalog catalog;
        private final Set<String> allow = new LinkedHashSet<>();
        private final Set<String> deny = new LinkedHashSet<>();
        private final Map<String, String> configuration = new HashMap<>();
        private Duration timeBudget = DEFAULT_TIME_BUDGET;
        private double reportingThreshold = DEFAULT_REPORTING_THRESHOLD;
        private TextAnalyser textAnalyser;
        private String defaultLanguage;

        private Builder() {
        }

        /** Also loads playbooks from every {@code .jar} directly in {@code directory}. */
        public Builder pluginDirectory(Path directory) {
            this.pluginDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Discovers playbooks (and the text analyser) with this class loader instead of Clientele's own. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Discovers playbooks (and the text analyser) among the modules of {@code layer}, for hosts on the module path. */
        public Builder moduleLayer(ModuleLayer layer) {
            this.moduleLayer = Objects.requireNonNull(layer, "layer");
            return this;
        }

        /** Uses exactly these playbooks instead of discovering any; they are still checked like discovered ones. */
        public Builder playbooks(Playbook... playbooks) {
            this.instances = List.of(playbooks);
            return this;
        }

        /**
         * Takes playbooks from {@code catalog} as they are, instead of discovering them: a host with its
         * own way of finding playbooks vouches for their checks. Allow and deny lists do not apply.
         */
        public Builder catalog(PlaybookCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /** Loads only the playbooks with these ids (all of them when never called). */
        public Builder allow(String... ids) {
            allow.addAll(Arrays.asList(ids));
            return this;
        }

        /** Never loads the playbooks with these ids. */
        public Builder deny(String... ids) {
            deny.addAll(Arrays.asList(ids));
            return this;
        }

        /** Settings for playbooks: each sees the keys under {@code <its id>.}, with that prefix removed. */
        public Builder configuration(Map<String, String> settings) {
            configuration.putAll(settings);
            return this;
        }

        /** The time one playbook may take for one interaction; positive; default 50 ms. */
        public Builder timeBudget(Duration budget) {
            this.timeBudget = Objects.requireNonNull(budget, "budget");
            return this;
        }

        /** The lowest merged confidence reported, in [0, 1]; default 0.5. */
        public Builder reportingThreshold(double threshold) {
            this.reportingThreshold = threshold;
            return this;
        }

        /**
         * The language of an interaction whose document gives none and whose turns do not tell it
         * (a customer's "Password reset" with no reply yet); one of the text analyser's languages.
         * Default: the first of them in alphabetical order, {@code en} with the standard analyser.
         */
        public Builder defaultLanguage(String language) {
            this.defaultLanguage = Objects.requireNonNull(language, "language");
            return this;
        }

        /** The text analyser; default: the one found with {@link ServiceLoader}. */
        public Builder textAnalyser(TextAnalyser analyser) {
            this.textAnalyser = Objects.requireNonNull(analyser, "analyser");
            return this;
        }

        /**
         * Discovers, checks and starts the playbooks. Broken playbooks never make this fail: they
         * are left out and reported in {@link Clientele#diagnostics()}.
         *
         * @throws IllegalArgumentException when the plugin directory is not a readable folder, a setting is out of
         *                                  range, or the default language is not one of the analyser's
         * @throws IllegalStateException    when no text analyser was given and none can be found
         */
        public Clientele build() {
            ClassLoader parent = classLoader != null ? classLoader : Clientele.class.getClassLoader();
            URLClassLoader plugins = pluginDirectory == null ? null : pluginLoader(pluginDirectory, parent);
            ClassLoader loader = plugins != null ? plugins : parent;
            try {
                TextAnalyser analyser = textAnalyser != null ? textAnalyser : findAnalyser(loader);
                PlaybookCatalog catalog;
                if (this.catalog != null) {
                    catalog = this.catalog;
                } else if (instances != null) {
                    catalog = PlaybookDiscovery.instances(instances, allow, deny);
                } else if (moduleLayer != null) {
                    catalog = PlaybookDiscovery.moduleLayer(moduleLayer, allow, deny);
                } else {
                    catalog = PlaybookDiscovery.serviceLoader(loader, allow, deny);
                }
                String fallback = defaultLanguage != null ? defaultLanguage
                        : analyser.languages().stream().sorted().findFirst()
                                .orElseThrow(() -> new IllegalStateException("the text analyser supports no language"));
                return new Clientele(new Engine(catalog, analyser, Map.copyOf(configuration), timeBudget, reportingThreshold,
                        fallback), plugins);
            } catch (RuntimeException e) {
                closeQuietly(plugins, e);
                throw e;
            }
        }

        private TextAnalyser findAnalyser(ClassLoader loader) {
            ServiceLoader<TextAnalyser> services = moduleLayer != null
                    ? ServiceLoader.load(moduleLayer, TextAnalyser.class)
                    : ServiceLoader.load(TextAnalyser.class, loader);
            List<TextAnalyser> found = new ArrayList<>();
            for (ServiceLoader.Provider<TextAnalyser> provider : services.stream().toList()) {
                try {
                    found.add(provider.get());
                } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                    // A broken analyser must not hide a working one; none at all is reported below.
                }
            }
            // Several analysers on the path: the choice must not depend on the scan order.
            return found.stream().min(Comparator.comparing(a -> a.getClass().getName()))
                    .orElseThrow(() -> new IllegalStateException("no text analyser found: put clientele-text-analysis on the "
                            + "class path or module path, or pass one with Clientele.builder().textAnalyser(...) "
                            + "(see docs/errors.md#no-text-analyser)"));
        }

        private static URLClassLoader pluginLoader(Path directory, ClassLoader parent) {
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("plugin directory " + directory + " is not a folder "
                        + "(see docs/errors.md#plugin-directory)");
            }
            List<URL> jars = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("plugin directory " + directory + " cannot be read: " + e.getMessage()
                        + " (see docs/errors.md#plugin-directory)", e);
            }
            return new URLClassLoader("clientele-plugins", jars.toArray(URL[]::new), parent);
        }

        private static void closeQuietly(URLClassLoader loader, RuntimeException cause) {
            if (loader != null) {
                try {
                    loader.close();
                } catch (IOException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }
}
