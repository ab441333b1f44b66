package org.ruralrevival.bench.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ruralrevival.bench.generator.Generator;
import org.ruralrevival.bench.generator.Province;
import org.ruralrevival.launcher.AdminToken;

/**
 * The province-scale benchmark (bench/run.sh): starts organization-service on its own port against
 * its own database ({@code bench_organization}, dropped and made anew: never a test or dev
 * database), loads a generated province through the API and measures what issue 6 sets targets
 * for. Prints one markdown table and writes it to {@code bench/target/results.md}.
 */
public final class Bench {

    private final Map<String, String> opt;
    private final Path root;
    private final Path data;
    private final String database;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String[]> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String token;
    private Process service;

    private Bench(Map<String, String> opt) {
        this.opt = opt;
        this.root = Path.of(opt.getOrDefault("root", ".")).toAbsolutePath().normalize();
        this.data = root.resolve("bench/target/data");
        this.database = opt.getOrDefault("database", "bench_organization");
        this.port = Integer.parseInt(opt.getOrDefault("port", "18181"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Bench bench = new Bench(opt);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopService));
        try {
            bench.run();
        } finally {
            bench.stopService();
        }
    }

    private void run() throws Exception {
        int members = Integer.parseInt(opt.getOrDefault("members", "1000000"));
        int villages = Integer.parseInt(opt.getOrDefault("villages", "20000"));
        LocalDate asOf = LocalDate.parse(opt.getOrDefault("as-of", "2025-12-31"));
        Province province = new Province(Long.parseLong(opt.getOrDefault("seed", "20261122")),
                Integer.parseInt(opt.getOrDefault("counties", "100")), villages, members, asOf);
        Files.createDirectories(data);
        say("Machine: %s", Machine.describe());
        say("Generating regions and organizations into %s", root.relativize(data));
        for (String c : List.of("regions", "organizations", "committee-terms")) {
            Generator.write(province, c, data.resolve(c + ".ndjson"), null, null);
        }
        sizeDatabase();
        freshDatabase();
        startService();

        // Regions: the 20,000 villages and their parents, through the bulk endpoint.
        Upload regions = uploadOrPost("regions", data.resolve("regions.ndjson"));
        record("regions bulk, first load (" + regions.received + " records, " + villages + " villages)", regions);
        Upload regionsAgain = uploadOrPost("regions", data.resolve("regions.ndjson"));
        record("regions bulk, same file again", regionsAgain);

        // Organizations: a committee per town and a branch per village, matched by externalRef.
        Upload organizations = uploadOrPost("organizations", data.resolve("organizations.ndjson"));
        record("organizations bulk, first load (" + organizations.received + ")", organizations);
        Upload organizationsAgain = uploadOrPost("organizations", data.resolve("organizations.ndjson"));
        record("organizations bulk, same file again", organizationsAgain);
        Map<String, Long> orgIds = externalIds("party_organization");
        say("Generating %,d members", members);
        Generator.write(province, "members", data.resolve("members.ndjson"), orgIds, null);

        Upload first = uploadOrPost("members", data.resolve("members.ndjson"));
        record("members bulk, first load", first);
        Upload again = uploadOrPost("members", data.resolve("members.ndjson"));
        record("members bulk, same file again (all unchanged)", again);

        // Two committees only through bulk: 40,000 terms one by one would take the rest of the run.
        if (hasBulk("committee-terms")) {
            Upload terms = upload("committee-terms", data.resolve("committee-terms.ndjson"));
            record("committee terms (" + terms.received + ")", terms);
            Map<String, Long> termIds = externalIds("committee_term");
            Generator.write(province, "committee-members", data.resolve("committee-members.ndjson"), null, termIds);
            Upload people = upload("committee-members", data.resolve("committee-members.ndjson"));
            record("committee members bulk, first load (" + people.received + ")", people);
            Upload peopleAgain = upload("committee-members", data.resolve("committee-members.ndjson"));
            record("committee members bulk, same file again", peopleAgain);
        } else {
            notes.add("committee terms and members not loaded: no bulk endpoint for committee terms in this build");
        }

        String county = province.villageCodes().get(0).substring(0, 6);
        int requests = Integer.parseInt(opt.getOrDefault("report-requests", "200"));
        for (String region : List.of(county, "62")) {
            for (int year : List.of(asOf.getYear())) {
                Latency l = latency("/api/v1/reports/organization?region=" + region + "&year=" + year, requests);
                results.add(new String[] {"organization report, region " + region + ", " + year,
                        String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d requests, 2 connections)",
                                l.p50, l.p95, l.p99, l.count), ""});
            }
        }
        readFeed();
        String table = table();
        System.out.println();
        System.out.println(table);
        Files.writeString(root.resolve("bench/target/results.md"), table, StandardCharsets.UTF_8);
    }

    // --- the service

    /**
     * Sizes the server for a province-sized load, as a production server would be (defaults are
     * for a laptop: a 128 MiB buffer pool and a 96 MiB redo log throttle a million-row load), when
     * the server allows it at run time (MariaDB 10.9+; MySQL 8 names the redo log differently and
     * keeps what it has). {@code --tune-db false} leaves the server as it is. The settings in force
     * go into the results either way.
     */
    private void sizeDatabase() throws SQLException {
        try (Connection c = jdbc(""); Statement s = c.createStatement()) {
            if (!"false".equals(opt.get("tune-db"))) {
                for (String setting : List.of("innodb_buffer_pool_size = 2147483648", "innodb_log_file_size = 1073741824",
                        "innodb_io_capacity = 2000")) {
                    try {
                        s.execute("SET GLOBAL " + setting);
                    } catch (SQLException refused) {
                        notes.add("database setting not changed (" + setting + "): " + refused.getMessage());
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size, @@innodb_log_file_size, "
                    + "@@innodb_io_capacity, @@innodb_flush_log_at_trx_commit, @@local_infile")) {
                rs.next();
                notes.add(String.format(Locale.ROOT, "database %s: innodb_buffer_pool_size %d MiB, innodb_log_file_size %d MiB, "
                        + "innodb_io_capacity %d, innodb_flush_log_at_trx_commit %d, local_infile %d", rs.getString(1),
                        rs.getLong(2) >> 20, rs.getLong(3) >> 20, rs.getLong(4), rs.getLong(5), rs.getLong(6)));
            }
        }
    }

    private void freshDatabase() throws SQLException {
        try (Connection c = jdbc(""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private Connection jdbc(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + opt.getOrDefault("db-host", "127.0.0.1") + ":"
                + opt.getOrDefault("db-port", "3306") + "/" + db + "?allowPublicKeyRetrieval=true&useSSL=false",
                opt.getOrDefault("db-user", "root"), opt.getOrDefault("db-password", ""));
    }

    private void startService() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair jwt = rsa.generateKeyPair();
        Path jar = root.resolve("organization-service/target/quarkus-app/quarkus-run.jar");
        Path log = root.resolve("bench/target/organization-service.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(opt.getOrDefault("service-jvm", "-Xmx3g").split(" ")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = b.environment();
        env.put("PORT", String.valueOf(port));
        env.put("DB_HOST", opt.getOrDefault("db-host", "127.0.0.1"));
        env.put("DB_PORT", opt.getOrDefault("db-port", "3306"));
        env.put("DB_USERNAME", opt.getOrDefault("db-user", "root"));
        env.put("DB_PASSWORD", opt.getOrDefault("db-password", ""));
        env.put("DB_NAME", database);
        env.put("JWT_PUBLIC_KEY", Base64.getEncoder().encodeToString(jwt.getPublic().getEncoded()));
        env.put("SERVICE_TOKEN_KEY", Base64.getEncoder().encodeToString(jwt.getPrivate().getEncoded()));
        env.put("PERSONAL_DATA_ENCRYPTION_KEY", secret());
        env.put("PERSONAL_DATA_HASH_KEY", secret());
        say("Starting organization-service on port %d, database %s (log: %s)", port, database, root.relativize(log));
        service = b.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            if (!service.isAlive()) {
                throw new IllegalStateException("organization-service exited; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/q/health/ready")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("organization-service not ready in 4 minutes; see " + log);
            }
            Thread.sleep(500);
        }
        token = AdminToken.sign(jwt.getPrivate(), Instant.now());
    }

    private void stopService() {
        Process p = service;
        if (p != null && p.isAlive()) {
            p.destroy();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // --- loading

    /** What one upload did: counts from the Bulk-* headers and the wall time. */
    record Upload(long received, long created, long updated, long unchanged, long refused, double seconds, String how) {
    }

    private Upload upload(String collection, Path file) throws Exception {
        say("POST /api/v1/%s/bulk  (%s, %,d bytes)", collection, file.getFileName(), Files.size(file));
        long load = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/" + collection + "/bulk"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/x-ndjson").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        Path answer = root.resolve("bench/target/" + collection + "-answer.ndjson");
        try (InputStream in = r.body()) {
            Files.copy(in, answer, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        double seconds = (System.nanoTime() - load) / 1e9;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(collection + " bulk answered " + r.statusCode() + ": "
                    + Files.readString(answer).substring(0, (int) Math.min(2000, Files.size(answer))));
        }
        Upload u = new Upload(header(r, "Bulk-Received"), header(r, "Bulk-Created"), header(r, "Bulk-Updated"),
                header(r, "Bulk-Unchanged"), header(r, "Bulk-Refused"), seconds, "bulk");
        say("  %s", u);
        if (u.refused > 0) {
            notes.add(collection + ": " + u.refused + " refused, first lines in " + root.relativize(answer));
        }
        return u;
    }

    /**
     * The bulk endpoint when the collection has one, else one POST per record in file order on one
     * connection (parents before children; concurrent single creates of organizations can deadlock).
     */
    private Upload uploadOrPost(String collection, Path file) throws Exception {
        if (hasBulk(collection)) {
            return upload(collection, file);
        }
        say("POST /api/v1/%s one by one (no bulk endpoint yet)", collection);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long created = 0;
        long refused = 0;
        long started = System.nanoTime();
        for (int i = 0; i < lines.size(); i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/" + collection))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(lines.get(i))).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 == 2) {
                created++;
            } else if (++refused < 5) {
                notes.add(collection + " line " + (i + 1) + ": " + r.statusCode() + " " + r.body());
            }
        }
        return new Upload(lines.size(), created, 0, 0, refused, (System.nanoTime() - started) / 1e9,
                "single POSTs, one connection");
    }

    /** Whether the collection has a bulk endpoint: an empty upload answers 200 with nothing in it. */
    private boolean hasBulk(String collection) throws Exception {
        HttpResponse<Void> probe = http.send(HttpRequest.newBuilder(uri("/api/v1/" + collection + "/bulk"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.discarding());
        return probe.statusCode() != 404 && probe.statusCode() != 405;
    }

    /** {@code externalRef.id → id} of a table's generated rows, for the records that point at them. */
    private Map<String, Long> externalIds(String table) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = jdbc(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT external_id, id FROM " + table + " WHERE external_system = '"
                        + Province.SYSTEM + "'")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static long header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).map(Long::parseLong).orElse(-1L);
    }

    private void record(String what, Upload u) {
        double rate = u.received / u.seconds;
        results.add(new String[] {what, String.format(Locale.ROOT, "%.2f s, %,.0f records/s", u.seconds, rate),
                String.format(Locale.ROOT, "%s; created %d, updated %d, unchanged %d, refused %d", u.how, u.created,
                        u.updated, u.unchanged, u.refused)});
    }

    // --- reading

    record Latency(double p50, double p95, double p99, int count) {
    }

    /** Latency of one GET over 2 fixed connections, after a warm-up of a fifth as many requests. */
    private Latency latency(String path, int requests) throws Exception {
        say("GET %s  x%d", path, requests);
        HttpRequest get = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<String> check = http.send(get, HttpResponse.BodyHandlers.ofString());
        if (check.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + check.statusCode() + ": " + check.body());
        }
        Files.writeString(root.resolve("bench/target/report-" + path.replaceAll("[^0-9a-z]+", "-") + ".json"), check.body());
        for (int i = 0; i < Math.max(10, requests / 5); i++) {
            http.send(get, HttpResponse.BodyHandlers.discarding());
        }
        double[] millis = new double[requests];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int first = t;
            work.add(pool.submit(() -> {
                for (int i = first; i < requests; i += 2) {
                    long start = System.nanoTime();
                    HttpResponse<Void> r = http.send(get, HttpResponse.BodyHandlers.discarding());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + r.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        Arrays.sort(millis);
        return new Latency(millis[requests / 2], millis[(int) Math.ceil(requests * 0.95) - 1],
                millis[(int) Math.ceil(requests * 0.99) - 1], requests);
    }

    /** Reads the whole change feed from the start, 10,000 at a time, as a provincial system does. */
    private void readFeed() throws Exception {
        say("Reading the change feed from the start");
        long after = 0;
        long changes = 0;
        long bytes = 0;
        long started = System.nanoTime();
        while (true) {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(
                    uri("/api/v1/changes/organization?limit=10000&after=" + after))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("change feed answered " + r.statusCode());
            }
            FeedPage page = FeedPage.read(r.body());
            changes += page.items;
            bytes += page.bytes;
            after = page.next;
            if (!page.hasMore) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        results.add(new String[] {"change feed read from the start (limit=10000)",
                String.format(Locale.ROOT, "%,.0f changes/s", changes / seconds),
                String.format(Locale.ROOT, "%,d changes, %.1f MB in %.2f s", changes, bytes / 1e6, seconds)});
    }

    /**
     * The parts of a change page the reader needs, read as a stream: each change is walked over
     * once (as a consumer decoding it would) without building a tree of the whole page, so the
     * reader's own cost stays small next to the service's.
     */
    record FeedPage(long items, long next, boolean hasMore, long bytes) {

        private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

        static FeedPage read(InputStream in) throws IOException {
            CountingStream counted = new CountingStream(in);
            long items = 0;
            long next = -1;
            boolean hasMore = false;
            try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(counted)) {
                p.nextToken();
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "items" -> {
                            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                                p.skipChildren();
                                items++;
                            }
                        }
                        case "next" -> next = p.getLongValue();
                        case "hasMore" -> hasMore = p.getBooleanValue();
                        default -> p.skipChildren();
                    }
                }
            }
            if (next < 0) {
                throw new IOException("change page without next");
            }
            return new FeedPage(items, next, hasMore, counted.count);
        }
    }

    /** Counts the bytes the parser reads. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private String table() {
        StringBuilder t = new StringBuilder();
        t.append("| measured | figure | detail |\n|---|---|---|\n");
        for (String[] r : results) {
            t.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
        }
        t.append("\nMachine: ").append(Machine.describe()).append('\n');
        for (String n : notes) {
            t.append("\n- ").append(n.replace('\n', ' '));
        }
        return t.toString();
    }

    private static void say(String format, Object... args) {
        System.out.printf("[bench %tT] %s%n", Instant.now().atZone(java.time.ZoneId.systemDefault()),
                String.format(Locale.ROOT, format, args));
    }
}
