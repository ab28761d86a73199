package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.TurnIntensity;
import dev.clientele.playbooks.defaults.internal.Advisor;
import dev.clientele.playbooks.defaults.internal.Compiled;
import dev.clientele.playbooks.defaults.internal.Lexicons;
import dev.clientele.playbooks.defaults.internal.Models;
import dev.clientele.playbooks.defaults.internal.RecognitionModel;
import dev.clientele.playbooks.defaults.internal.Reading;
import dev.clientele.playbooks.defaults.internal.WarmUp;
import dev.clientele.playbooks.defaults.internal.Recognition;
import dev.clientele.playbooks.defaults.internal.Recogniser;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.util.Optional;
import java.util.Set;

/**
 * The built-in {@code clientele-recognition} playbook: recognises the twelve behaviour patterns
 * of {@code patterns.md} in Polish and English, measures the customer's intensity per turn, and
 * gives each observed pattern's advice. Setting {@code clientele-recognition.threshold} (default
 * 0.5) is the confidence from which a pattern gets advice; {@code clientele-recognition.model} names
 * a model file trained with the training command to use instead of the built-in one, or {@code none}
 * to let the rules alone decide every pattern. A missing or
 * corrupt model makes {@link #start} fail with a message naming the file.
 */
public final class RecognitionPlaybook implements Playbook {

    /** This playbook's id. */
    public static final String ID = "clientele-recognition";
    private static final PlaybookDescriptor DESCRIPTOR = new PlaybookDescriptor(ID, "0.1.0",
            ApiVersion.CURRENT, Set.copyOf(Lexicons.LANGUAGES),
            Set.copyOf(PatternIds.BUILT_IN), Set.of(), 60);

    private final Compiled compiled = new Compiled();
    /** Null until started; empty when the rules alone decide. */
    private volatile Optional<RecognitionModel> model;

    /** Creates the playbook; {@link java.util.ServiceLoader} needs this constructor. */
    public RecognitionPlaybook() {
        // Word lists are compiled in start(), with the host's analyser.
    }

    @Override
    public PlaybookDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PlaybookContext context) {
        model = Models.load(context);
        compiled.start(context);
        WarmUp.run(context, view -> assess(new PlaybookRequest(view, context)));
    }

    @Override
    public PlaybookResult assess(PlaybookRequest request) {
        Reading reading = Reading.of(request.interaction(), compiled.get(request.context()));
        Optional<RecognitionModel> m = model;
        if (m == null) {
            m = Models.load(request.context());
            model = m;
        }
        Recognition recognition = Recogniser.recognise(reading, m.orElse(null));
        PlaybookResult.Builder result = PlaybookResult.builder();
        for (Observation o : recognition.observations()) {
            result.observe(o);
        }
        for (TurnIntensity i : recognition.intensities()) {
            result.intensity(i);
        }
        double threshold = Compiled.threshold(request.context(), 0.5);
        Advisor.advise(reading, recognition, threshold).forEach(result::recommend);
        return result.build();
    }
}
