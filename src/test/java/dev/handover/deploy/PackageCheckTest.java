package dev.handover.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/package-check.sh, which {@code ./mvnw package} runs on target/function.zip: a zip of the wrong kind fails
 * the build, and a right one lands where only its own template's CodeUri reads it, so {@code sam deploy} of the
 * other template finds no package instead of deploying one its runtime cannot start.
 */
class PackageCheckTest {

    @TempDir
    Path target;

    @Test
    void jvmZip_shouldLandWhereTheJvmTemplateReadsIt() throws Exception {
        zip("lib/main/dev.handover.human-handover-0.1.0-SNAPSHOT.jar", "quarkus-run.jar");

        assertThat(check(false)).isZero();

        assertThat(target.resolve(codeUri(TemplateTest.JVM))).exists();
        assertThat(target.resolve(codeUri(TemplateTest.NATIVE))).doesNotExist();
    }

    @Test
    void nativeZip_shouldLandWhereTheNativeTemplateReadsItAndRemoveAnOlderJvmOne() throws Exception {
        zip("lib/main/x.jar");
        check(false);
        zip("bootstrap");

        assertThat(check(true)).isZero();

        assertThat(target.resolve(codeUri(TemplateTest.NATIVE))).exists();
        assertThat(target.resolve(codeUri(TemplateTest.JVM))).doesNotExist();
    }

    @Test
    void zipWithoutBootstrap_shouldFailANativeBuild() throws Exception {
        zip("lib/main/x.jar");

        assertThat(check(true)).isEqualTo(1);
        assertThat(target.resolve("sam")).doesNotExist();
    }

    @Test
    void zipWithBootstrap_shouldFailAJvmBuild() throws Exception {
        zip("bootstrap");

        assertThat(check(false)).isEqualTo(1);
        assertThat(target.resolve("sam")).doesNotExist();
    }

    /** The template's CodeUri, relative to the build directory as the script writes it. */
    private static Path codeUri(Path template) throws IOException {
        String uri = (String) TemplateTest.function(TemplateTest.template(template)).get("CodeUri");
        assertThat(uri).startsWith("target/");
        return Path.of(uri.substring("target/".length()));
    }

    private void zip(String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target.resolve("function.zip")))) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private int check(boolean nativeBuild) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("java.home"), "bin", "jar");
        Process process = new ProcessBuilder("sh", "deploy/package-check.sh", target.toString(),
                Boolean.toString(nativeBuild), jar.toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
