package org.ruralrevival.organization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.testing.BadInputSweep;

/** Whatever a caller sends to any collection, the answer is a 4xx, never a 5xx. */
@QuarkusTest
class BadInputTest {

    @Test
    void noBodyIdHeaderOrQueryGivesA5xx() {
        List<String> fives = BadInputSweep.fivesOn(Fixtures::editor, List.of("regions", "organizations", "alliances",
                "ratings", "rectifications", "committee-terms", "committee-members", "members", "member-households",
                "member-points", "service-centers", "activities", "reports/organization"));
        assertTrue(fives.isEmpty(), String.join("\n", fives));
    }
}
