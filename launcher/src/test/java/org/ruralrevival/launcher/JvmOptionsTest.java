package org.ruralrevival.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class archive a service starts with: written by the first run after a build, used by the next. */
class JvmOptionsTest {

    @TempDir
    Path dir;

    @Test
    void onJdk25TheFirstRunWritesTheAotCacheAndTheNextUsesIt() throws IOException {
        Path jar = jar(1000);
        List<String> first = JvmOptions.archive(dir, jar, "talent-service", 25);
        Path cache = dir.resolve("talent-service-1000.aot");
        assertEquals(List.of("-XX:AOTCacheOutput=" + cache), first);
        assertTrue(JvmOptions.writesArchive(first));
        Files.writeString(cache, "cache");
        List<String> next = JvmOptions.archive(dir, jar, "talent-service", 25);
        assertEquals(List.of("-XX:AOTCache=" + cache), next);
        assertFalse(JvmOptions.writesArchive(next));
    }

    @Test
    void onJdk17TheFirstRunDumpsADynamicArchiveAndTheNextMapsIt() throws IOException {
        Path jar = jar(1000);
        Path jsa = dir.resolve("gateway-1000.jsa");
        assertTrue(JvmOptions.archive(dir, jar, "gateway", 17).contains("-XX:ArchiveClassesAtExit=" + jsa));
        Files.writeString(jsa, "archive");
        assertEquals(List.of("-XX:SharedArchiveFile=" + jsa), JvmOptions.archive(dir, jar, "gateway", 17));
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneOfThatServiceOnlyIsDeleted() throws IOException {
        Files.writeString(dir.resolve("economy-service-1000.aot"), "old");
        Files.writeString(dir.resolve("economy-service-extra-1000.aot"), "another module's");
        List<String> options = JvmOptions.archive(dir, jar(2000), "economy-service", 25);
        assertEquals(List.of("-XX:AOTCacheOutput=" + dir.resolve("economy-service-2000.aot")), options);
        assertFalse(Files.exists(dir.resolve("economy-service-1000.aot")));
        assertTrue(Files.exists(dir.resolve("economy-service-extra-1000.aot")));
    }

    @Test
    void theDefaultsFileSkipsCommentsAndBlankLines() throws IOException {
        Files.createDirectories(dir.resolve("launcher"));
        Files.writeString(dir.resolve(JvmOptions.DEFAULTS_FILE), "# why\n-XX:+UseSerialGC\n\n  -Xmx192m  \n");
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx192m"), JvmOptions.defaults(dir));
        assertEquals(List.of(), JvmOptions.defaults(dir.resolve("nowhere")));
    }

    private Path jar(long millis) throws IOException {
        Path jar = dir.resolve("quarkus-run-" + millis + ".jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(millis));
        return jar;
    }
}
