package dev.clientele.core.archfixture.domain;

import dev.clientele.core.archfixture.application.CustomerDesk;
import jakarta.validation.constraints.NotBlank;

import java.util.logging.Logger;

/** Breaks four rules on purpose: Bean Validation, a dependency on the application, System.out and java.util.logging. */
public record TaintedCustomer(@NotBlank String name) {

    /** Prints and logs, which no class of the core may do. */
    public void greet(CustomerDesk desk) {
        System.out.println("hello " + name + desk);
        Logger.getLogger("fixture").info(name);
    }
}
