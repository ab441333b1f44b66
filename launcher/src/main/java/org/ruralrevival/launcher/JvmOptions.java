package org.ruralrevival.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options a service is started with: the suite's defaults from {@code launcher/java-opts}, a
 * class archive that the first run writes and later runs map (JDK 25's AOT cache, else AppCDS), then
 * {@code JAVA_OPTS} from the caller's environment, which wins. Measured in docs/benchmarks.md, "Startup".
 */
final class JvmOptions {

    static final String DEFAULTS_FILE = "launcher/java-opts";

    private JvmOptions() {
    }

    /**
     * @param archiveDir where the archives live ({@code .run/archives}), one per service and jar build
     * @param javaFeature the feature release of the java that runs the service (17, 21, 25…)
     */
    static List<String> forService(Path root, Path archiveDir, Path jar, String module, int javaFeature)
            throws IOException {
        List<String> options = new ArrayList<>(defaults(root));
        String javaOpts = System.getenv("JAVA_OPTS");
        List<String> callers = javaOpts == null || javaOpts.isBlank() ? List.of()
                : Arrays.asList(javaOpts.trim().split("\\s+"));
        boolean callerChoseArchive = callers.stream().anyMatch(o -> o.contains("SharedArchiveFile")
                || o.contains("AOTCache") || o.contains("ArchiveClassesAtExit") || o.startsWith("-Xshare"));
        if (!callerChoseArchive) {
            options.addAll(archive(archiveDir, jar, module, javaFeature));
        }
        options.addAll(callers);
        return options;
    }

    /** One option per line; blank lines and lines starting with # are skipped. None if the file is missing. */
    static List<String> defaults(Path root) throws IOException {
        Path file = root.resolve(DEFAULTS_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String option = line.trim();
            if (!option.isEmpty() && !option.startsWith("#")) {
                options.add(option);
            }
        }
        return options;
    }

    /**
     * The archive options. The archive's name carries the jar's build time, so a rebuilt service gets a
     * new one (a stale archive would be refused by the JVM anyway, costing the speed-up silently); older
     * ones are deleted. The first run after a build writes it when the service stops (Ctrl-C), which
     * takes a few seconds longer once.
     */
    static List<String> archive(Path archiveDir, Path jar, String module, int javaFeature) throws IOException {
        Files.createDirectories(archiveDir);
        String stamp = module + "-" + Files.getLastModifiedTime(jar).toMillis();
        removeOlder(archiveDir, module + "-", stamp);
        if (javaFeature >= 25) {
            // JEP 483/514/515: loaded and linked classes plus method profiles, from one training run.
            Path cache = archiveDir.resolve(stamp + ".aot");
            return List.of(Files.exists(cache) ? "-XX:AOTCache=" + cache : "-XX:AOTCacheOutput=" + cache);
        }
        Path jsa = archiveDir.resolve(stamp + ".jsa");
        if (javaFeature >= 19) {
            return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + jsa);
        }
        // JDK 17/18: a dynamic AppCDS archive, dumped when the JVM exits. The dump warns once for every
        // class it cannot keep (thousands of lines of the service's log): those warnings are off.
        return Files.exists(jsa) ? List.of("-XX:SharedArchiveFile=" + jsa)
                : List.of("-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds*=off");
    }

    /** Whether these options make the JVM write an archive when it exits. */
    static boolean writesArchive(List<String> options) {
        return options.stream().anyMatch(o -> o.startsWith("-XX:AOTCacheOutput=") || o.startsWith("-XX:ArchiveClassesAtExit=")
                || o.equals("-XX:+AutoCreateSharedArchive"));
    }

    private static void removeOlder(Path archiveDir, String prefix, String current) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archiveDir, prefix + "*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                // "organization-service-<millis>.aot": the module's own files only, not another module's
                // whose name merely starts the same way.
                if (!name.startsWith(current) && name.substring(prefix.length()).matches("\\d+\\..*")) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
