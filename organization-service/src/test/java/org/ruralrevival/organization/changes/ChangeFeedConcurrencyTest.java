package org.ruralrevival.organization.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ruralrevival.organization.Fixtures.as;
import static org.ruralrevival.organization.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.ruralrevival.organization.Fixtures;

/**
 * The change feed's promise (API.md "Change feed"): a reader paging with {@code after=} while
 * writers commit concurrently sees every change exactly once and in order. The outbox takes its
 * numbers under a row lock held to commit (platform Outbox); this checks that it really works.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int PER_WRITER = 30;

    private static JsonPath page(long after, int limit) {
        return as("sync").queryParam("after", after).queryParam("limit", limit).get("/api/v1/changes/organization")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long head() {
        long after = 0;
        while (true) {
            JsonPath p = page(after, 10_000);
            if (p.getList("items").isEmpty()) {
                return after;
            }
            after = p.getLong("next");
        }
    }

    @Test
    void aReaderPagingWhileWritersCommitSeesEveryChangeOnceAndInOrder() throws Exception {
        Fixtures.countyWithTown("152727", "101");
        long start = head();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        List<Long> seen = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            long after = start;
            while (true) {
                boolean writersDone = !writing.get();
                // Small pages, so the reader's pages interleave with the writers' commits.
                JsonPath p = page(after, 7);
                List<Map<String, Object>> items = p.getList("items");
                for (Map<String, Object> item : items) {
                    seen.add(((Number) item.get("seq")).longValue());
                    keys.add((String) item.get("key"));
                }
                after = p.getLong("next");
                if (items.isEmpty() && writersDone) {
                    return null;
                }
            }
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < PER_WRITER; i++) {
                    String code = "152727101" + (201 + writer * PER_WRITER + i);
                    editor().body(Map.of("code", code, "name", "并发村" + code)).post("/api/v1/regions")
                            .then().statusCode(201);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get(3, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(3, TimeUnit.MINUTES);
        pool.shutdown();

        assertEquals(WRITERS * PER_WRITER, seen.size(), "every change seen, none twice: " + seen);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(start + 1 + i, seen.get(i), "in order with no gap or repeat at position " + i);
        }
        Set<String> expected = new HashSet<>();
        for (int n = 0; n < WRITERS * PER_WRITER; n++) {
            expected.add("152727101" + (201 + n));
        }
        assertEquals(expected, new HashSet<>(keys));
        assertTrue(page(seen.get(seen.size() - 1), 10).getList("items").isEmpty());
    }
}
