package org.ruralrevival.talent;

import io.quarkus.test.common.QuarkusTestResource;
import org.ruralrevival.platform.testing.JwtTestKeys;

/** Gives every test of this module the same generated JWT keys (a global test resource). */
@QuarkusTestResource(JwtTestKeys.class)
public final class TestKeys {

    private TestKeys() {
    }
}
