package dev.clientele.core.archfixture.application.port;

import dev.clientele.core.archfixture.application.internal.HiddenRule;

/** Exposes an internal type through a port on purpose. */
public interface LeakyPort {

    /** Leaks {@link HiddenRule}. */
    HiddenRule rule();
}
