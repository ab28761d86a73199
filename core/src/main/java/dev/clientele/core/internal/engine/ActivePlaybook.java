package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.out.PlaybookCatalog;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookDescriptor;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A started playbook and its record of failures in this engine's life. After
 * {@link Isolation#FAILURES_TO_SWITCH_OFF} failures in a row it is switched off for good.
 */
final class ActivePlaybook {

    private final PlaybookCatalog.Entry entry;
    private final HostContext context;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicBoolean switchedOff = new AtomicBoolean();

    ActivePlaybook(PlaybookCatalog.Entry entry, HostContext context) {
        this.entry = entry;
        this.context = context;
    }

    Playbook playbook() {
        return entry.playbook();
    }

    PlaybookDescriptor descriptor() {
        return entry.descriptor();
    }

    String id() {
        return entry.descriptor().id();
    }

    HostContext context() {
        return context;
    }

    boolean switchedOff() {
        return switchedOff.get();
    }

    void succeeded() {
        failuresInARow.set(0);
    }

    /** Records a failure; true exactly once, for the failure that switches the playbook off. */
    boolean failedAndNowSwitchedOff(int limit) {
        return failuresInARow.incrementAndGet() >= limit && switchedOff.compareAndSet(false, true);
    }
}
