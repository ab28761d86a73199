package dev.clientele.playbooks.defaults.contract;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.testkit.InteractionBuilder;
import dev.clientele.playbooks.testkit.PlaybookContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testkit's contract against every built-in playbook, each found through {@link ServiceLoader}
 * exactly as a host finds it. A new built-in must get its own nested class here; the first test
 * fails until it does.
 */
class BuiltInPlaybookContractTests {

    private static final List<String> COVERED = List.of("clientele-escalation", "clientele-recognition", "clientele-service");

    /** A fresh instance of the registered built-in {@code id}. */
    static Playbook discovered(String id) {
        return ServiceLoader.load(Playbook.class, BuiltInPlaybookContractTests.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.descriptor().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not registered in META-INF/services"));
    }

    @Test
    void everyRegisteredBuiltInHasItsContractTestsHere() {
        List<String> registered = ServiceLoader.load(Playbook.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).map(Playbook::descriptor).map(PlaybookDescriptor::id)
                .filter(id -> id.startsWith(PlaybookDescriptor.RESERVED_PREFIX)).sorted().toList();
        assertThat(registered).isEqualTo(COVERED);
    }

    @Nested
    class Recognition implements PlaybookContract {
        @Override
        public Playbook playbook() {
            return discovered("clientele-recognition");
        }

        @Override
        public List<InteractionInput> examples() {
            return List.of(
                    InteractionBuilder.chat("pl-impatient").language("pl")
                            .customer("Ile jeszcze mam czekać? Czekam już dwie godziny na odpowiedź!").build(),
                    InteractionBuilder.chat("en-impatient").language("en")
                            .customer("How much longer do I have to wait? I have been waiting two hours for an answer!").build());
        }
    }

    @Nested
    class Escalation implements PlaybookContract {
        @Override
        public Playbook playbook() {
            return discovered("clientele-escalation");
        }

        @Override
        public List<InteractionInput> examples() {
            return List.of(
                    InteractionBuilder.phone("pl-manager").language("pl")
                            .customer("Żądam rozmowy z kierownikiem, i to natychmiast!").build(),
                    InteractionBuilder.phone("en-manager").language("en")
                            .customer("I demand to speak to your manager right now!").build());
        }
    }

    @Nested
    class Service implements PlaybookContract {
        @Override
        public Playbook playbook() {
            return discovered("clientele-service");
        }

        @Override
        public List<InteractionInput> examples() {
            return List.of(
                    InteractionBuilder.chat("pl-late").language("pl")
                            .customer("Dzień dobry, mam problem z fakturą za marzec.")
                            .after(Duration.ofMinutes(40))
                            .agent("Przepraszam za zwłokę. Sprawdzę to i oddzwonię do Pani za kwadrans.").build(),
                    InteractionBuilder.chat("en-late").language("en")
                            .customer("Hello, I have a problem with my March invoice.")
                            .after(Duration.ofMinutes(40))
                            .agent("Sorry for the delay. I will check it and call you back in 15 minutes.").build());
        }
    }
}
