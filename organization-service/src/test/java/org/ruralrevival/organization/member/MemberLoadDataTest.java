package org.ruralrevival.organization.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.persistence.LoadData;

/** The service's datasource is set up for {@link LoadData}, so the member bulk tests run the fast path. */
@QuarkusTest
class MemberLoadDataTest {

    @Inject
    EntityManager em;

    @Inject
    LoadData loadData;

    @Test
    void theFastPathIsTakenWhereverTheServerAllowsIt() {
        AtomicBoolean serverAllows = new AtomicBoolean();
        AtomicBoolean usable = new AtomicBoolean();
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@local_infile")) {
                rs.next();
                serverAllows.set(rs.getBoolean(1));
            }
            usable.set(loadData.usable(c, 2_000));
        }));
        // The JDBC URL has allowLoadLocalInfile=true: only the server's local_infile decides.
        assertEquals(serverAllows.get(), usable.get());
    }
}
