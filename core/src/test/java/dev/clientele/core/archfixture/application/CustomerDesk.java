package dev.clientele.core.archfixture.application;

import dev.clientele.core.archfixture.domain.TaintedCustomer;

/** Closes a package cycle with the fixture's domain on purpose. */
public record CustomerDesk(TaintedCustomer customer) {
}
