package org.ruralrevival.organization.region;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.ruralrevival.organization.BatchedInsertProfile;

/** Every region bulk case again with the batched INSERT a database without {@code local_infile} gets. */
@QuarkusTest
@TestProfile(BatchedInsertProfile.class)
class RegionBulkWithoutLoadDataTest extends RegionBulkTest {
}
