package org.ruralrevival.economy.regionref;

import io.quarkus.test.junit.QuarkusTest;
import org.ruralrevival.platform.testing.RegionEventsContract;

/** organization-service's region events keep this service's local copy of regions current. */
@QuarkusTest
class RegionEventsTest extends RegionEventsContract {

    @Override
    protected String county() {
        return "650102";
    }
}
