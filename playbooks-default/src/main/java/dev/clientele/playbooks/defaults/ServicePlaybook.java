package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.defaults.internal.Compiled;
import dev.clientele.playbooks.defaults.internal.Lexicons;
import dev.clientele.playbooks.defaults.internal.Promises;
import dev.clientele.playbooks.defaults.internal.Reading;
import dev.clientele.playbooks.defaults.internal.WarmUp;
import dev.clientele.playbooks.defaults.internal.ServicePrinciples;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.util.List;
import java.util.Set;

/**
 * The built-in {@code clientele-service} playbook: finds the agent's timed promises (call-backs
 * and updates, Polish and English), which the host turns into service clocks, and gives the
 * service principles as baseline advice: a late first response, a call that must end, a promise
 * to keep or one already broken.
 */
public final class ServicePlaybook implements Playbook {

    /** This playbook's id. */
    public static final String ID = "clientele-service";
    private static final PlaybookDescriptor DESCRIPTOR = new PlaybookDescriptor(ID, "0.1.0", ApiVersion.CURRENT,
            Set.copyOf(Lexicons.LANGUAGES), Set.of(), Set.of(), 50);

    private final Compiled compiled = new Compiled();

    /** Creates the playbook; {@link java.util.ServiceLoader} needs this constructor. */
    public ServicePlaybook() {
        // Word lists are compiled in start(), with the host's analyser.
    }

    @Override
    public PlaybookDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PlaybookContext context) {
        compiled.start(context);
        WarmUp.run(context, view -> assess(new PlaybookRequest(view, context)));
    }

    @Override
    public PlaybookResult assess(PlaybookRequest request) {
        Lexicons lexicons = compiled.get(request.context());
        Reading reading = Reading.of(request.interaction(), lexicons);
        List<CommitmentFinding> promises = Promises.find(reading, lexicons);
        PlaybookResult.Builder result = PlaybookResult.builder();
        promises.forEach(result::commitment);
        ServicePrinciples.advise(reading, promises).forEach(result::recommend);
        return result.build();
    }
}
