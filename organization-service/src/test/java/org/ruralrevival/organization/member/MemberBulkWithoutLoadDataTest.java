package org.ruralrevival.organization.member;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * Every member bulk case again with {@code platform.bulk.load-data=false}: the batched INSERT
 * that a database without {@code local_infile} gets must keep the same answers.
 */
@QuarkusTest
@TestProfile(MemberBulkWithoutLoadDataTest.BatchedInsert.class)
class MemberBulkWithoutLoadDataTest extends MemberBulkTest {

    public static class BatchedInsert implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("platform.bulk.load-data", "false");
        }
    }
}
