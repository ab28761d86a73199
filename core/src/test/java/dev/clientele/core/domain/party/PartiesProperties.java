package dev.clientele.core.domain.party;

import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.core.generators.Parties;
import dev.clientele.playbooks.api.Role;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class PartiesProperties {

    @Test
    void aPersonExistsExactlyWhenTheirRolesAreNonEmptyAndAProspectBindsNoContract() {
        qt().forAll(Parties.anyRoles()).checkAssert(roles -> {
            boolean legal = !roles.isEmpty()
                    && !(roles.contains(Role.PROSPECT) && (roles.contains(Role.PAYER) || roles.contains(Role.DECISION_MAKER)));
            if (legal) {
                Person p = new Person(new PartyId("u-1"), "", roles);
                assertThat(p.roles()).isEqualTo(roles);
                assertThatThrownBy(() -> p.roles().add(Role.INTERNAL)).isInstanceOf(UnsupportedOperationException.class);
            } else {
                assertThatThrownBy(() -> new Person(new PartyId("u-1"), "", roles)).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void everyAccountKnowsWhoPaysOrSaysExplicitlyThatThePayerIsUnknown() {
        qt().forAll(lists().of(Parties.accountPeople("c-")).ofSizeBetween(0, 6)).checkAssert(candidates -> {
            List<Person> people = new ArrayList<>();
            Set<PartyId> seen = new HashSet<>();
            candidates.stream().filter(p -> seen.add(p.id())).forEach(people::add);
            Account account = Account.of(new AccountId("acme"), "", "", people, Entitlement.STANDARD);
            boolean someonePays = people.stream().anyMatch(p -> p.has(Role.PAYER));
            assertThat(account.payer().isKnown()).isEqualTo(someonePays);
            if (account.payer() instanceof Payer.Known known) {
                assertThat(account.person(known.person())).hasValueSatisfying(p -> assertThat(p.has(Role.PAYER)).isTrue());
            }
        });
    }

    @Test
    void anAccountRefusesAPayerWhoIsNotOneOfItsPayingPeople() {
        qt().forAll(lists().of(Parties.accountPeople("c-")).ofSizeBetween(1, 6), integers().between(0, 60), Generate.booleans())
                .checkAssert((candidates, pick, claimUnknown) -> {
                    List<Person> people = new ArrayList<>();
                    Set<PartyId> seen = new HashSet<>();
                    candidates.stream().filter(p -> seen.add(p.id())).forEach(people::add);
                    Payer claimed = claimUnknown ? Payer.UNKNOWN : Payer.known(new PartyId("c-" + pick));
                    boolean consistent = claimed instanceof Payer.Known k
                            ? people.stream().anyMatch(p -> p.id().equals(k.person()) && p.has(Role.PAYER))
                            : people.stream().noneMatch(p -> p.has(Role.PAYER));
                    if (consistent) {
                        assertThat(new Account(new AccountId("a"), "", "", people, claimed, Entitlement.STANDARD).payer()).isEqualTo(claimed);
                    } else {
                        assertThatThrownBy(() -> new Account(new AccountId("a"), "", "", people, claimed, Entitlement.STANDARD))
                                .isInstanceOf(IllegalArgumentException.class);
                    }
                });
    }
}
