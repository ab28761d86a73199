package dev.clientele.playbooks;

import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Recommendation.Kind;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ApiValuesTests {

    @Test
    void aDescriptorAcceptsNamespacedVendorIdsAndReservedBuiltInIdsOnly() {
        assertThat(PlaybookDescriptor.of("acme.outage", "1", Set.of("en"), Set.of()).claimsBuiltInId()).isFalse();
        assertThat(PlaybookDescriptor.of("clientele-recognition", "1", Set.of("en"), Set.of()).claimsBuiltInId()).isTrue();
        for (String bad : new String[] {"outage", "Acme.Outage", "acme.", ".outage", "clientele-", "acme outage", ""}) {
            assertThatThrownBy(() -> PlaybookDescriptor.of(bad, "1", Set.of("en"), Set.of()))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("namespaced");
        }
    }

    @Test
    void aDescriptorNeedsALanguageAValidPriorityAndValidPatternIds() {
        assertThatThrownBy(() -> PlaybookDescriptor.of("acme.x", "1", Set.of(), Set.of()))
                .hasMessageContaining("at least one language");
        assertThatThrownBy(() -> PlaybookDescriptor.of("acme.x", "1", Set.of("EN"), Set.of()))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> PlaybookDescriptor.of("acme.x", "1", Set.of("en"), Set.of("outage")))
                .hasMessageContaining("namespaced");
        assertThatThrownBy(() -> new PlaybookDescriptor("acme.x", "1", ApiVersion.CURRENT, Set.of("en"), Set.of(), Set.of(), 101))
                .hasMessageContaining("priority");
        assertThatThrownBy(() -> PlaybookDescriptor.of("acme.x", " ", Set.of("en"), Set.of())).hasMessageContaining("version");
    }

    @Test
    void aDescriptorCopiesItsSetsSoTheCallerCannotChangeItLater() {
        Set<String> patterns = new HashSet<>(Set.of(PatternIds.IMPATIENT));
        PlaybookDescriptor d = PlaybookDescriptor.of("acme.x", "1", Set.of("en"), patterns);
        patterns.add(PatternIds.AGGRESSIVE);
        assertThat(d.patterns()).containsExactly(PatternIds.IMPATIENT);
        assertThatThrownBy(() -> d.patterns().add("acme.y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aDescriptorAppliesToItsLanguagesAndChannelsOrEveryChannelWhenNoneIsNamed() {
        PlaybookDescriptor phone = new PlaybookDescriptor("acme.x", "1", ApiVersion.CURRENT, Set.of("pl"), Set.of(),
                Set.of(Channel.PHONE), 50);
        assertThat(phone.appliesTo("pl", Channel.PHONE)).isTrue();
        assertThat(phone.appliesTo("pl", Channel.CHAT)).isFalse();
        assertThat(phone.appliesTo("en", Channel.PHONE)).isFalse();
        assertThat(PlaybookDescriptor.of("acme.x", "1", Set.of("pl"), Set.of()).appliesTo("pl", Channel.SOCIAL)).isTrue();
    }

    @Test
    void aHostRunsPlaybooksOfItsMajorVersionUpToItsOwnMinor() {
        ApiVersion host = new ApiVersion(1, 3);
        assertThat(host.canRun(new ApiVersion(1, 0))).isTrue();
        assertThat(host.canRun(new ApiVersion(1, 3))).isTrue();
        assertThat(host.canRun(new ApiVersion(1, 4))).isFalse();
        assertThat(host.canRun(new ApiVersion(2, 0))).isFalse();
        assertThat(host.canRun(new ApiVersion(0, 9))).isFalse();
    }

    @Test
    void anApiVersionSurvivesItsTextFormAndEveryVersionRunsItself() {
        qt().forAll(integers().between(0, 9_999), integers().between(0, 9_999)).checkAssert((major, minor) -> {
            ApiVersion v = new ApiVersion(major, minor);
            assertThat(ApiVersion.parse(v.toString())).isEqualTo(v);
            assertThat(v.canRun(v)).isTrue();
        });
        assertThatThrownBy(() -> ApiVersion.parse("1")).hasMessageContaining("must look like 1.0");
        assertThatThrownBy(() -> new ApiVersion(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anObservationHasAConfidenceInTheUnitIntervalAndAtLeastOnePieceOfEvidence() {
        assertThatThrownBy(() -> Observation.of(PatternIds.IMPATIENT, 1.01, 0, "x")).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Observation.of(PatternIds.IMPATIENT, Double.NaN, 0, "x")).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new Observation(PatternIds.IMPATIENT, 0.5, List.of())).hasMessageContaining("evidence");
        assertThatThrownBy(() -> Observation.of("angry", 0.5, 0, "x")).hasMessageContaining("pattern");
        assertThatThrownBy(() -> new Evidence(0, " ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new Evidence(-1, "x")).hasMessageContaining("negative");
    }

    @Test
    void onlyAnAvoidMayOverrideOtherTactics() {
        assertThatThrownBy(() -> new Recommendation(Kind.DO, "a.b", "Do it.", List.of("r"), 50, Set.of("c.d")))
                .hasMessageContaining("only an avoid");
        assertThat(new Recommendation(Kind.AVOID, "a.b", "Do not.", List.of("r"), 50, Set.of("c.d")).overrides())
                .containsExactly("c.d");
        assertThatThrownBy(() -> Recommendation.of(Kind.SAY, "Bad Tactic", "x", 50, "r")).hasMessageContaining("tactic");
        assertThatThrownBy(() -> Recommendation.of(Kind.SAY, "a.b", "x", 50)).hasMessageContaining("at least one");
    }

    @Test
    void aResultCountsAllItsEntriesAndCannotBeChanged() {
        List<Observation> observations = new ArrayList<>(List.of(Observation.of(PatternIds.IMPATIENT, 0.5, 0, "x")));
        PlaybookResult r = PlaybookResult.builder().observe(observations.get(0))
                .recommend(Recommendation.of(Kind.SAY, "a.b", "Say.", 50, "r")).build();
        assertThat(r.size()).isEqualTo(2);
        assertThat(PlaybookResult.EMPTY.size()).isZero();
        assertThatThrownBy(() -> r.observations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyContractIdReadsBackToItsConstant() {
        for (Channel c : Channel.values()) {
            assertThat(Channel.fromId(c.id())).isEqualTo(c);
        }
        for (Role r : Role.values()) {
            assertThat(Role.fromId(r.id())).isEqualTo(r);
        }
        for (EscalationReason r : EscalationReason.values()) {
            assertThat(EscalationReason.fromId(r.id())).isEqualTo(r);
        }
        for (Kind k : Kind.values()) {
            assertThat(Kind.fromId(k.id())).isEqualTo(k);
        }
        assertThat(EscalationLevel.fromId("manager").rank()).isGreaterThan(EscalationLevel.fromId("supervisor").rank());
        assertThatThrownBy(() -> Channel.fromId("fax")).hasMessageContaining("must be one of");
        assertThat(PatternIds.BUILT_IN).hasSize(12).allSatisfy(id -> assertThat(PatternIds.isValid(id)).isTrue());
        assertThat(PatternIds.isValid("acme.vip-complainer")).isTrue();
        assertThat(PatternIds.isValid("vip-complainer")).isFalse();
    }
}
