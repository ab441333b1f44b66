package org.ruralrevival.k8scheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the checks compare the manifests with: the services as the build defines them, and the rendered overlays. */
final class Suite {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Path OVERLAYS = ROOT.resolve("k8s/overlays");
    static final String PROJECT_VERSION = System.getProperty("project.version", "1.0.0-SNAPSHOT");
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^quarkus\\.http\\.port=(?:\\$\\{PORT:)?(\\d+)");
    /** ${NAME} or ${NAME:default}, NAME in the environment's upper-case style. */
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Map<String, List<JsonNode>> RENDERED = new TreeMap<>();

    /** A Quarkus service of the suite: a module with an application.properties. */
    record Service(String module, String artifactId, int port, Set<String> requiredEnv) {
    }

    private Suite() {
    }

    static List<Service> services() {
        List<Service> services = new ArrayList<>();
        Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (modules.find()) {
            String module = modules.group(1).trim();
            Path properties = ROOT.resolve(module).resolve("src/main/resources/application.properties");
            if (!Files.exists(properties)) {
                continue;
            }
            String pom = read(ROOT.resolve(module).resolve("pom.xml"));
            Matcher artifact = ARTIFACT.matcher(pom);
            assertTrue(artifact.find(), module + "/pom.xml names no artifactId");
            String config = read(properties);
            Matcher port = HTTP_PORT.matcher(config);
            assertTrue(port.find(), module + " sets no quarkus.http.port");
            if (pom.contains("<artifactId>platform</artifactId>")) {
                config += "\n" + read(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
            }
            services.add(new Service(module, artifact.group(1), Integer.parseInt(port.group(1)), requiredEnv(config)));
        }
        assertFalse(services.isEmpty(), "no service module found under " + ROOT);
        return services;
    }

    /**
     * The environment variables a service must be given in a cluster: those without a default, or
     * whose default only works on a developer's machine (localhost, an empty key, the root user).
     * Lines of the %dev and %test profiles do not count.
     */
    static Set<String> requiredEnv(String properties) {
        Set<String> required = new LinkedHashSet<>();
        for (String line : properties.split("\n")) {
            if (line.startsWith("%") || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENV_PLACEHOLDER.matcher(line);
            while (m.find()) {
                String value = m.group(2);
                if (value == null || value.isEmpty() || value.contains("localhost") || value.contains("127.0.0.1")
                        || m.group(1).equals("DB_USERNAME")) {
                    required.add(m.group(1));
                }
            }
        }
        return required;
    }

    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            List<String> names = dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("dev", "prod")), "overlays dev and prod expected, found " + names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay's objects as `kubectl kustomize` renders them (rendered once per run). */
    static synchronized List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> parse(run(renderCommand(OVERLAYS.resolve(o)), ROOT)));
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static List<String> renderCommand(Path overlay) {
        if (onPath("kubectl")) {
            return List.of("kubectl", "kustomize", overlay.toString());
        }
        if (onPath("kustomize")) {
            return List.of("kustomize", "build", overlay.toString());
        }
        return fail("Rendering k8s/overlays needs kubectl (1.27 or newer, it embeds kustomize) or kustomize on the PATH: "
                + "install one, or skip this module with -pl '!k8s-check'");
    }

    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> parse(String yaml) {
        try (var parser = new YAMLMapper().createParser(yaml)) {
            List<JsonNode> objects = new ArrayList<>();
            JSON.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    objects.add(node);
                }
            });
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command, failing with its output unless it exits 0; returns standard output. */
    static String run(List<String> command, Path dir) {
        try {
            Path out = Files.createTempFile("k8s-check", ".out");
            Path err = Files.createTempFile("k8s-check", ".err");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 5 minutes");
            }
            String stdout = read(out);
            String stderr = read(err);
            Files.delete(out);
            Files.delete(err);
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + stdout + stderr);
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
