package dev.clientele.training;

import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.defaults.internal.Lexicons;
import dev.clientele.playbooks.defaults.internal.Reading;
import dev.clientele.playbooks.defaults.internal.Recogniser;
import dev.clientele.playbooks.defaults.internal.TurnFeatures;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.util.List;
import java.util.Set;

/**
 * A playbook that only records what the recognition model would see: run by the engine, so the
 * features come from exactly the view, analysis and word lists the built-in playbook gets.
 * Keeps the features of the last interaction it assessed; one thread at a time.
 */
final class FeatureProbe implements Playbook {

    private static final PlaybookDescriptor DESCRIPTOR = new PlaybookDescriptor("clientele-training-probe", "1.0.0",
            ApiVersion.CURRENT, Set.of("pl", "en"), Set.of(), Set.of(), 60);

    private List<TurnFeatures> last = List.of();

    @Override
    public PlaybookDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PlaybookContext context) {
        Lexicons.of(context);
    }

    @Override
    public PlaybookResult assess(PlaybookRequest request) {
        Reading reading = Reading.of(request.interaction(), Lexicons.of(request.context()));
        last = Recogniser.features(reading);
        return PlaybookResult.builder().build();
    }

    /** The features of each customer turn of the interaction assessed last, in turn order. */
    List<TurnFeatures> last() {
        return last;
    }
}
