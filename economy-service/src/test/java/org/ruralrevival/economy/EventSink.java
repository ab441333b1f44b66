package org.ruralrevival.economy;

import io.quarkus.test.common.QuarkusTestResource;
import org.ruralrevival.platform.testing.EventSinkStub;

/**
 * Gives every test of this module a local event receiver (a global test resource), so no test
 * depends on a running organization-service: in %test the "organization" subscriber (incomes) delivers to
 * it (application.properties), as a real organization-service would be delivered to.
 */
@QuarkusTestResource(EventSinkStub.class)
public final class EventSink {

    private EventSink() {
    }
}
