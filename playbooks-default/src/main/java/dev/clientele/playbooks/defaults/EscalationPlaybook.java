package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.defaults.internal.Compiled;
import dev.clientele.playbooks.defaults.internal.ContractChanges;
import dev.clientele.playbooks.defaults.internal.ContractDecisions;
import dev.clientele.playbooks.defaults.internal.EscalationAdvice;
import dev.clientele.playbooks.defaults.internal.EscalationPolicy;
import dev.clientele.playbooks.defaults.internal.Lexicons;
import dev.clientele.playbooks.defaults.internal.Promises;
import dev.clientele.playbooks.defaults.internal.Reading;
import dev.clientele.playbooks.defaults.internal.WarmUp;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.util.List;
import java.util.Set;

/**
 * The built-in {@code clientele-escalation} playbook: proposes escalation (a demand for a manager,
 * abuse after a boundary, a broken promise, a premium account answered late, repeat contacts,
 * a question beyond the agent) and involves the account's payer when an end user asks for a
 * change that binds the contract. A host with its own escalation policy may deny it alone.
 */
public final class EscalationPlaybook implements Playbook {

    /** This playbook's id. */
    public static final String ID = "clientele-escalation";
    private static final PlaybookDescriptor DESCRIPTOR = new PlaybookDescriptor(ID, "0.1.0", ApiVersion.CURRENT,
            Set.copyOf(Lexicons.LANGUAGES), Set.of(), Set.of(), 55);

    private final Compiled compiled = new Compiled();
    private volatile ContractDecisions contractDecisions;

    /** Creates the playbook; {@link java.util.ServiceLoader} needs this constructor. */
    public EscalationPlaybook() {
        // Word lists are compiled in start(), with the host's analyser.
    }

    @Override
    public PlaybookDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PlaybookContext context) {
        compiled.start(context);
        contractDecisions = ContractDecisions.compile(context);
        WarmUp.run(context, view -> assess(new PlaybookRequest(view, context)));
    }

    @Override
    public PlaybookResult assess(PlaybookRequest request) {
        Lexicons lexicons = compiled.get(request.context());
        Reading reading = Reading.of(request.interaction(), lexicons);
        List<CommitmentFinding> promises = Promises.find(reading, lexicons);
        PlaybookResult.Builder result = PlaybookResult.builder();
        List<EscalationProposal> proposals = EscalationPolicy.decide(reading, promises);
        proposals.forEach(result::escalate);
        EscalationAdvice.advise(reading, proposals).forEach(result::recommend);
        ContractChanges.involvement(reading, contractDecisions(request.context())).ifPresent(i -> {
            result.involve(i);
            EscalationAdvice.involvePayer(reading).forEach(result::recommend);
        });
        return result.build();
    }

    /** The contract words compiled in {@code start}, or now with {@code context} when a host skipped it. */
    private ContractDecisions contractDecisions(PlaybookContext context) {
        ContractDecisions d = contractDecisions;
        if (d == null) {
            synchronized (this) {
                if (contractDecisions == null) {
                    contractDecisions = ContractDecisions.compile(context);
                }
                d = contractDecisions;
            }
        }
        return d;
    }
}
