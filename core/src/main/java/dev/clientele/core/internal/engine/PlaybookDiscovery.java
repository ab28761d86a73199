package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookDescriptor;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where the host meets vendor code before running it: finds playbooks, instantiates
 * each in its own guard, and refuses broken providers, incompatible API versions, unauthorised use
 * of the reserved id prefix and duplicate ids. One broken provider never stops the others.
 *
 * <p>Duplicate ids: the playbook kept is the one whose class name, then source, sorts first; so the
 * choice never depends on the order in which class loaders or jars were scanned.
 */
public final class PlaybookDiscovery implements PlaybookCatalog {

    /** The package prefix of classes allowed to claim the reserved {@code clientele-} id prefix. */
    static final String BUILT_IN_PACKAGE = "dev.clientele.";

    /** Stops reading a service iterator that fails on every step, which a corrupt jar could do. */
    private static final int MAX_CONSECUTIVE_LOADER_ERRORS = 1_000;

    private static final Pattern PROVIDER_IN_MESSAGE = Pattern.compile("Provider ([\\w.$]+)");

    private final Supplier<List<Candidate>> candidates;
    private final Set<String> allow;
    private final Set<String> deny;
    private final ApiVersion host;

    private PlaybookDiscovery(Supplier<List<Candidate>> candidates, Set<String> allow, Set<String> deny, ApiVersion host) {
        this.candidates = candidates;
        this.allow = Set.copyOf(allow);
        this.deny = Set.copyOf(deny);
        this.host = Objects.requireNonNull(host, "host");
    }

    /** Playbooks registered with {@code META-INF/services} or {@code provides} visible to {@code loader}. */
    public static PlaybookDiscovery serviceLoader(ClassLoader loader, Set<String> allow, Set<String> deny) {
        return new PlaybookDiscovery(() -> fromServiceLoader(ServiceLoader.load(Playbook.class, loader)),
                allow, deny, ApiVersion.CURRENT);
    }

    /** Playbooks provided by the modules of {@code layer} and its parents. */
    public static PlaybookDiscovery moduleLayer(ModuleLayer layer, Set<String> allow, Set<String> deny) {
        return new PlaybookDiscovery(() -> fromServiceLoader(ServiceLoader.load(layer, Playbook.class)),
                allow, deny, ApiVersion.CURRENT);
    }

    /** Exactly the given instances, checked like discovered ones; for tests and embedding hosts. */
    public static PlaybookDiscovery instances(List<? extends Playbook> playbooks, Set<String> allow, Set<String> deny) {
        List<Candidate> given = new ArrayList<>();
        for (Playbook p : playbooks) {
            Objects.requireNonNull(p, "playbook instance");
            given.add(new Candidate(p.getClass().getName(), "given instance", () -> p, null));
        }
        List<Candidate> fixed = List.copyOf(given);
        return new PlaybookDiscovery(() -> fixed, allow, deny, ApiVersion.CURRENT);
    }

    /** The same discovery, judged as a host at another API version would; for tests of the handshake. */
    public PlaybookDiscovery asHost(ApiVersion version) {
        return new PlaybookDiscovery(candidates, allow, deny, version);
    }

    @Override
    public Contents contents() {
        List<Diagnostic> problems = new ArrayList<>();
        List<Found> usable = new ArrayList<>();
        for (Candidate candidate : candidates.get()) {
            if (candidate.loadError() != null) {
                problems.add(Problem.PROVIDER_FAILED.about(candidate.className(),
                        "could not be loaded: " + oneLine(candidate.loadError()) + "; skipped"));
                continue;
            }
            Found found = instantiate(candidate, problems);
            if (found != null && wanted(found.descriptor()) && acceptable(found, problems)) {
                usable.add(found);
            }
        }
        return new Contents(withoutDuplicates(usable, problems), problems);
    }

    private static List<Candidate> fromServiceLoader(ServiceLoader<Playbook> loader) {
        List<Candidate> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<Playbook>> providers = loader.stream().iterator();
        int errorsInARow = 0;
        while (errorsInARow < MAX_CONSECUTIVE_LOADER_ERRORS) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<Playbook> provider = providers.next();
                Class<? extends Playbook> type = provider.type();
                found.add(new Candidate(type.getName(), sourceOf(type), provider::get, null));
                errorsInARow = 0;
            } catch (ServiceConfigurationError | LinkageError e) {
                // The JDK's lookup iterator moves past the broken entry, so the loop can go on.
                found.add(new Candidate(providerNamed(e), "unknown", null, e));
                errorsInARow++;
            }
        }
        return found;
    }

    private static Found instantiate(Candidate candidate, List<Diagnostic> problems) {
        Playbook playbook;
        try {
            playbook = candidate.instance().get();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(Problem.PROVIDER_FAILED.about(candidate.className(),
                    "could not be instantiated: " + oneLine(rootOf(e)) + "; skipped"));
            return null;
        }
        if (playbook == null) {
            problems.add(Problem.PROVIDER_FAILED.about(candidate.className(), "provider returned no instance; skipped"));
            return null;
        }
        PlaybookDescriptor descriptor;
        try {
            descriptor = playbook.descriptor();
        } catch (RuntimeException | LinkageError e) {
            problems.add(Problem.INVALID_DESCRIPTOR.about(candidate.className(),
                    "descriptor() failed: " + oneLine(e) + "; skipped"));
            return null;
        }
        if (descriptor == null) {
            problems.add(Problem.INVALID_DESCRIPTOR.about(candidate.className(), "descriptor() returned null; skipped"));
            return null;
        }
        return new Found(playbook, descriptor, candidate.className(), candidate.source());
    }

    private boolean wanted(PlaybookDescriptor descriptor) {
        return (allow.isEmpty() || allow.contains(descriptor.id())) && !deny.contains(descriptor.id());
    }

    private boolean acceptable(Found found, List<Diagnostic> problems) {
        PlaybookDescriptor d = found.descriptor();
        if (d.claimsBuiltInId() && !found.className().startsWith(BUILT_IN_PACKAGE)) {
            problems.add(Problem.RESERVED_ID.about(d.id(), "uses the reserved prefix " + PlaybookDescriptor.RESERVED_PREFIX
                    + " but " + found.className() + " is not a built-in playbook; refused"));
            return false;
        }
        if (!host.canRun(d.apiVersion())) {
            problems.add(Problem.INCOMPATIBLE_API_VERSION.about(d.id(), "built against playbook API " + d.apiVersion()
                    + " but this host runs " + host + " and accepts " + host.major() + ".0 to " + host + "; refused"));
            return false;
        }
        return true;
    }

    private static List<Entry> withoutDuplicates(List<Found> usable, List<Diagnostic> problems) {
        Map<String, List<Found>> byId = new LinkedHashMap<>();
        for (Found f : usable) {
            byId.computeIfAbsent(f.descriptor().id(), id -> new ArrayList<>()).add(f);
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Found>> group : byId.entrySet()) {
            // A stable sort keeps the caller's order for two instances of one class.
            List<Found> ranked = group.getValue().stream()
                    .sorted(Comparator.comparing(Found::className).thenComparing(Found::source))
                    .toList();
            Found kept = ranked.get(0);
            for (Found refused : ranked.subList(1, ranked.size())) {
                problems.add(Problem.DUPLICATE_ID.about(group.getKey(), "also provided by " + refused.className()
                        + " from " + refused.source() + "; kept " + kept.className() + " from " + kept.source()
                        + " (first by class name) and refused the other"));
            }
            entries.add(new Entry(kept.playbook(), kept.descriptor(), kept.source()));
        }
        return entries;
    }

    /** Where a class was loaded from: its jar's path, or {@code class path} for a folder of classes. */
    static String sourceOf(Class<?> type) {
        CodeSource code = type.getProtectionDomain().getCodeSource();
        if (code != null && code.getLocation() != null) {
            try {
                Path path = Path.of(code.getLocation().toURI());
                if (path.getFileName() != null && path.getFileName().toString().endsWith(".jar")) {
                    return path.toString();
                }
            } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return code.getLocation().toString();
            }
        }
        Module module = type.getModule();
        return module.isNamed() ? "module " + module.getName() : "class path";
    }

    private static String providerNamed(Throwable e) {
        Matcher m = PROVIDER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : "unknown provider";
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + message;
    }

    private record Candidate(String className, String source, Supplier<Playbook> instance, Throwable loadError) {
    }

    private record Found(Playbook playbook, PlaybookDescriptor descriptor, String className, String source) {
    }
}
