package org.ruralrevival.organization.member;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.ruralrevival.organization.BatchedInsertProfile;

/**
 * Every member bulk case again with {@code platform.bulk.load-data=false}: the batched INSERT
 * that a database without {@code local_infile} gets must keep the same answers.
 */
@QuarkusTest
@TestProfile(BatchedInsertProfile.class)
class MemberBulkWithoutLoadDataTest extends MemberBulkTest {
}
