package dev.clientele.core.domain.party;

import dev.clientele.core.domain.sla.Entitlement;
import dev.clientele.playbooks.api.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartiesTests {

    private static final Person ANNA = Person.of("u-17", "Anna Nowak", Set.of(Role.END_USER));
    private static final Person JAN = Person.of("u-2", "Jan Kowalski", Set.of(Role.PAYER, Role.DECISION_MAKER));

    @Test
    void makesAPersonListedWithoutRolesAnEndUser() {
        assertThat(Person.of("u-1", null, Set.of()).roles()).containsExactly(Role.END_USER);
        assertThat(Person.of("u-1", null, Set.of()).name()).isEmpty();
    }

    @Test
    void refusesAProspectWhoPaysOrDecides() {
        assertThatThrownBy(() -> Person.of("p-1", "", Set.of(Role.PROSPECT, Role.DECISION_MAKER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prospect");
    }

    @Test
    void knowsThePayerFromThePeopleWhoActForTheAccount() {
        Account acme = Account.of(new AccountId("acme"), "ACME", "premium", List.of(ANNA, JAN), Entitlement.STANDARD);
        assertThat(acme.payer()).isEqualTo(Payer.known(new PartyId("u-2")));
        assertThat(acme.personWith(Role.DECISION_MAKER)).contains(JAN);
    }

    @Test
    void saysExplicitlyThatThePayerIsUnknownWhenNobodyPays() {
        Account acme = Account.of(new AccountId("acme"), "", "", List.of(ANNA), Entitlement.STANDARD);
        assertThat(acme.payer()).isEqualTo(Payer.UNKNOWN);
        assertThat(acme.payer().isKnown()).isFalse();
    }

    @Test
    void refusesAnAccountThatClaimsAnUnknownPayerWhileListingOne() {
        assertThatThrownBy(() -> new Account(new AccountId("acme"), "", "", List.of(ANNA, JAN), Payer.UNKNOWN, Entitlement.STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }

    @Test
    void refusesAPayerWhoDoesNotHoldThePayerRole() {
        assertThatThrownBy(() -> new Account(new AccountId("acme"), "", "", List.of(ANNA), Payer.known(ANNA.id()), Entitlement.STANDARD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTheSamePersonTwiceOrAProspectOnAnAccount() {
        assertThatThrownBy(() -> Account.of(new AccountId("acme"), "", "", List.of(ANNA, ANNA), Entitlement.STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        Person prospect = Person.of("p-1", "", Set.of(Role.PROSPECT));
        assertThatThrownBy(() -> Account.of(new AccountId("acme"), "", "", List.of(prospect), Entitlement.STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prospect");
    }
}
