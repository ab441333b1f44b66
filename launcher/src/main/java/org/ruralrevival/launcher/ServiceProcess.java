package org.ruralrevival.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the suite, run as {@code java -jar <module>/target/quarkus-app/quarkus-run.jar}. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final Service service;
    final Path log;
    private Process process;
    /** Started to write its class archive when it exits (so it takes longer to stop). */
    volatile boolean writesArchive;

    ServiceProcess(Service service, Path log) {
        this.service = service;
        this.log = log;
    }

    void start(Path jar, List<String> jvmOptions, Map<String, String> env) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // A PORT left in the caller's shell would move every service onto the same port.
        builder.environment().remove("PORT");
        builder.environment().putAll(env);
        process = builder.start();
    }

    /** Waits until /q/health/ready answers 200; fails early if the process ends. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with code " + process.exitValue()
                        + " while starting. Last lines of " + log + ":\n" + tail(30));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.module() + " was not ready within " + timeout.toSeconds()
                + " s. Last lines of " + log + ":\n" + tail(30));
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Asks the service to shut down (SIGTERM: Quarkus finishes requests and closes its pool). */
    void requestStop() {
        if (isAlive()) {
            process.destroy();
        }
    }

    void awaitStopped(Duration timeout) throws InterruptedException {
        if (process == null) {
            return;
        }
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
