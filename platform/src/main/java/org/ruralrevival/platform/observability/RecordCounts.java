package org.ruralrevival.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Business gauges: {@code records{type="members"}} and so on, one per table a service names in
 * {@code platform.metrics.records.<type>=<table>}. A scrape reads the last count; the counts are
 * taken on a schedule ({@code platform.metrics.records-interval}, default 5 minutes), so Prometheus
 * scraping every few seconds never scans a table. Before the first count a gauge reads NaN.
 */
@ApplicationScoped
public class RecordCounts {

    private static final Logger LOG = Logger.getLogger(RecordCounts.class);
    /** Table names go into SQL text, so only plain identifiers are taken. */
    private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    @ConfigMapping(prefix = "platform.metrics")
    public interface Config {
        /** Gauge type → table. */
        Map<String, String> records();

        /** How often the tables are counted (a Quarkus scheduler interval, e.g. 5m). */
        @WithDefault("5m")
        String recordsInterval();

        /** The first count, after start-up. */
        @WithDefault("10s")
        String recordsDelay();
    }

    private final Config config;
    private final EntityManager em;
    private final Map<String, Double> counts = new ConcurrentHashMap<>();

    RecordCounts(Config config, EntityManager em) {
        this.config = config;
        this.em = em;
        config.records().forEach((type, table) -> {
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("platform.metrics.records." + type + " is not a table name: " + table);
            }
        });
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        config.records().keySet().forEach(type -> Gauge.builder("records", counts, c -> c.getOrDefault(type, Double.NaN))
                .tag("type", type).description("Records stored, counted every platform.metrics.records-interval")
                .register(registry));
    }

    @Scheduled(every = "${platform.metrics.records-interval:5m}", delayed = "${platform.metrics.records-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        config.records().forEach((type, table) -> {
            try {
                // One transaction per table: a table that cannot be counted leaves the others counted.
                Number n = QuarkusTransaction.requiringNew()
                        .call(() -> (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult());
                counts.put(type, n.doubleValue());
            } catch (RuntimeException e) {
                LOG.warnf("cannot count %s (%s): %s", type, table, e.toString());
            }
        });
    }
}
