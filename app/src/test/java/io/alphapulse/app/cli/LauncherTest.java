package io.alphapulse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./alphapulse} shell launcher, run for real with fake JDKs. */
class LauncherTest {

    private static final Path LAUNCHER =
            Path.of("..", "alphapulse").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void noJdk21OrNewer_exitsTwo_namingWhatItFound() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        for (String tool : List.of("sed", "head", "dirname")) {
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool));
        }
        fakeJava(bin.resolve("java"), "openjdk version \"17.0.15\" 2025-04-15");
        Path oldHome = Files.createDirectories(temp.resolve("jdk8/bin"));
        fakeJava(oldHome.resolve("java"), "java version \"1.8.0_292\"");
        Path emptyJvmRoot = Files.createDirectories(temp.resolve("jvm"));

        ProcessBuilder builder = new ProcessBuilder("/bin/sh", LAUNCHER.toString(), "--help");
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("JAVA_HOME", temp.resolve("jdk8").toString());
        builder.environment().put("ALPHAPULSE_JVM_ROOT", emptyJvmRoot.toString());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output)
                .contains("no JDK 21 or newer found")
                .contains("jdk8/bin/java(8)")
                .contains("bin/java(17)")
                .contains("JAVA_HOME");
    }

    private static void fakeJava(Path path, String versionLine) throws IOException {
        Files.writeString(path, "#!/bin/sh\necho '" + versionLine + "' >&2\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
