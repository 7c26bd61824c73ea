package dev.handover.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Both templates against the published SAM and CloudFormation resource schemas, through cfn-lint (which carries
 * them and runs the SAM transform first). cfn-lint is a Python tool, not on Maven Central or npm, so this build
 * cannot install it: without it on the PATH the test is reported skipped, never passed.
 */
class CfnLintTest {

    @Test
    void templates_shouldPassCfnLint() throws IOException, InterruptedException {
        assumeTrue(onPath("cfn-lint"), "cfn-lint is not installed (pip install cfn-lint): schema check skipped");

        Process lint = new ProcessBuilder("cfn-lint", TemplateTest.JVM.toString(), TemplateTest.NATIVE.toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).isEmpty();
        assertThat(lint.exitValue()).isZero();
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + tool).start();
        return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
    }
}
