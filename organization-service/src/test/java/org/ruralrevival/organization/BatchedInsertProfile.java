package org.ruralrevival.organization;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * {@code platform.bulk.load-data=false}: bulk writes by batched INSERT, as on a database server
 * with {@code local_infile=OFF}, for the bulk tests run again on that path.
 */
public class BatchedInsertProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("platform.bulk.load-data", "false");
    }
}
