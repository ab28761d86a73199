package dev.clientele.playbooks.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one playbook says about one interaction. All lists are immutable; any may be empty.
 *
 * @param observations the patterns it saw
 * @param recommendations its advice
 * @param escalations its escalation proposals
 * @param involvements the account's parties who must take part
 * @param commitments promises it found in agent turns
 * @param intensities the intensity it measured per customer turn
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record PlaybookResult(List<Observation> observations, List<Recommendation> recommendations,
                             List<EscalationProposal> escalations, List<Involvement> involvements,
                             List<CommitmentFinding> commitments, List<TurnIntensity> intensities) {

    /** A result that says nothing. */
    public static final PlaybookResult EMPTY = new PlaybookResult(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public PlaybookResult {
        observations = List.copyOf(observations);
        recommendations = List.copyOf(recommendations);
        escalations = List.copyOf(escalations);
        involvements = List.copyOf(involvements);
        commitments = List.copyOf(commitments);
        intensities = List.copyOf(intensities);
    }

    /** The number of entries in all lists together; the host uses it to refuse oversized answers. */
    public int size() {
        return observations.size() + recommendations.size() + escalations.size() + involvements.size()
                + commitments.size() + intensities.size();
    }

    /** A builder that collects entries in the order they are added. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a result; not thread-safe. */
    @Api(status = Api.Status.STABLE, since = "0.1")
    public static final class Builder {
        private final List<Observation> observations = new ArrayList<>();
        private final List<Recommendation> recommendations = new ArrayList<>();
        private final List<EscalationProposal> escalations = new ArrayList<>();
        private final List<Involvement> involvements = new ArrayList<>();
        private final List<CommitmentFinding> commitments = new ArrayList<>();
        private final List<TurnIntensity> intensities = new ArrayList<>();

        private Builder() {
        }

        public Builder observe(Observation observation) {
            observations.add(observation);
            return this;
        }

        public Builder recommend(Recommendation recommendation) {
            recommendations.add(recommendation);
            return this;
        }

        public Builder escalate(EscalationProposal proposal) {
            escalations.add(proposal);
            return this;
        }

        public Builder involve(Involvement involvement) {
            involvements.add(involvement);
            return this;
        }

        public Builder commitment(CommitmentFinding commitment) {
            commitments.add(commitment);
            return this;
        }

        public Builder intensity(TurnIntensity intensity) {
            intensities.add(intensity);
            return this;
        }

        public PlaybookResult build() {
            return new PlaybookResult(observations, recommendations, escalations, involvements, commitments, intensities);
        }
    }
}
