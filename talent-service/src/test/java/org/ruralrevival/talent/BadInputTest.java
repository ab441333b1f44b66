package org.ruralrevival.talent;

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
        List<String> fives = BadInputSweep.fivesOn(Fixtures::editor, List.of("reserve-cadres", "recruits",
                "wealth-leaders", "wealth-leaders/targets", "trainings", "dispatches", "bounties", "experts",
                "reports/talent"));
        assertTrue(fives.isEmpty(), String.join("\n", fives));
    }
}
