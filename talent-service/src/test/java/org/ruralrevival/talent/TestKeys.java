package org.ruralrevival.talent;

import io.quarkus.test.common.QuarkusTestResource;
import org.ruralrevival.platform.testing.JwtTestKeys;
import org.ruralrevival.platform.testing.OrganizationServiceStub;

/**
 * Gives every test of this module the same generated JWT keys and the organization-service stub
 * (global test resources).
 */
@QuarkusTestResource(JwtTestKeys.class)
@QuarkusTestResource(OrganizationServiceStub.class)
public final class TestKeys {

    private TestKeys() {
    }
}
