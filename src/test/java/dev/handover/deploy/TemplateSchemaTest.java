package dev.handover.deploy;

import static dev.handover.deploy.TemplateTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both templates against the published SAM and CloudFormation resource schemas vendored in the repository
 * ({@link TemplateSchemaCheck}), so it runs on any machine; and the check itself refusing templates broken in each
 * way it is meant to catch. {@link CfnLintTest} adds cfn-lint (which also runs the SAM transform) where it is
 * installed.
 */
class TemplateSchemaTest {

    private static final TemplateSchemaCheck CHECK = new TemplateSchemaCheck();

    @ParameterizedTest
    @ValueSource(strings = {"template.yaml", "template-native.yaml"})
    void template_shouldMatchThePublishedSchemas(String path) throws IOException {
        assertThat(CHECK.problems(TemplateTest.template(Path.of(path)))).isEmpty();
    }

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("misspelled table property", edit(properties("HandoverTable"),
                        table -> table.put("BillingMod", table.remove("BillingMode"))), "BillingMod"),
                Arguments.of("misspelled function property", edit(properties("HandoverFunction"),
                        function -> function.put("MemorySise", function.remove("MemorySize"))), "MemorySise"),
                Arguments.of("misspelled resource attribute", edit(resource("HandoverTable"),
                        table -> table.put("DeletionPolicies", "Retain")), "DeletionPolicies"),
                Arguments.of("function memory not a number", edit(properties("HandoverFunction"),
                        function -> function.put("MemorySize", "lots")), "/MemorySize"),
                Arguments.of("SnapStart applied to something Lambda does not know", edit(properties("HandoverFunction"),
                        function -> function.put("SnapStart", Map.of("ApplyOn", "AllVersions"))), "ApplyOn"),
                Arguments.of("global timeout not a number", edit(template -> map(template.get("Globals")),
                        globals -> globals.put("Function", Map.of("Timeout", "twenty"))), "/Globals/Function"),
                Arguments.of("alarm threshold not a number", edit(properties("DurationAlarm"),
                        alarm -> alarm.put("Threshold", "sixteen seconds")), "/Threshold"),
                Arguments.of("architecture Lambda does not have", edit(properties("HandoverFunction"),
                        function -> function.put("Architectures", List.of("x86"))), "/Architectures"),
                Arguments.of("function URL auth type unknown", edit(properties("HandoverFunction"),
                        function -> function.put("FunctionUrlConfig", Map.of("AuthType", "OPEN"))), "AuthType"),
                Arguments.of("secret length not a number", edit(properties("FingerprintSaltSecret"),
                        secret -> map(secret.get("GenerateSecretString")).put("PasswordLength", "long")),
                        "PasswordLength"),
                Arguments.of("table without its key schema", edit(properties("HandoverTable"),
                        table -> table.remove("KeySchema")), "KeySchema"),
                Arguments.of("function URL without its auth type", edit(properties("HandoverFunction"),
                        function -> function.put("FunctionUrlConfig", Map.of())), "AuthType"),
                Arguments.of("dashboard without its body", edit(properties("Dashboard"),
                        dashboard -> dashboard.remove("DashboardBody")), "DashboardBody"),
                Arguments.of("unknown CloudFormation resource type", edit(resource("HandoverTable"),
                        table -> table.put("Type", "AWS::DynamoDB::Tabel")), "AWS::DynamoDB::Tabel"),
                Arguments.of("unknown SAM resource type", edit(resource("HandoverFunction"),
                        function -> function.put("Type", "AWS::Serverless::Functon")), "AWS::Serverless::Functon"),
                Arguments.of("parameter of an unknown type", edit(template -> map(map(template.get("Parameters"))
                        .get("Stage")), stage -> stage.put("Type", "Strin")), "/Parameters/Stage"),
                Arguments.of("deletion policy CloudFormation does not know", edit(resource("FingerprintSaltSecret"),
                        secret -> secret.put("DeletionPolicy", "Keep")), "DeletionPolicy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void brokenTemplate_shouldBeRefusedNamingWhere(String what, Consumer<Map<String, Object>> breakIt, String where)
            throws IOException {
        Map<String, Object> template = TemplateTest.template(TemplateTest.JVM);
        breakIt.accept(template);

        assertThat(CHECK.problems(template)).as(what).isNotEmpty().anySatisfy(problem ->
                assertThat(problem).contains(where));
    }

    @Test
    void intrinsicValue_shouldBeSkippedButALiteralBesideItChecked() throws IOException {
        Map<String, Object> template = TemplateTest.template(TemplateTest.JVM);
        Map<String, Object> alarm = properties("DurationAlarm").apply(template);
        alarm.put("Threshold", Map.of("Ref", "MemorySize"));
        alarm.put("EvaluationPeriods", Map.of("Fn::If", List.of("HasAlarmTopic", "one", "two")));

        assertThat(CHECK.problems(template)).isEmpty();

        alarm.put("Period", "sixty");
        assertThat(CHECK.problems(template)).singleElement().asString().contains("/DurationAlarm/Properties")
                .contains("Period");
    }

    private interface Part extends java.util.function.Function<Map<String, Object>, Map<String, Object>> {
    }

    private static Part resource(String name) {
        return template -> map(map(template.get("Resources")).get(name));
    }

    private static Part properties(String name) {
        return template -> map(resource(name).apply(template).get("Properties"));
    }

    private static Consumer<Map<String, Object>> edit(Part part, Consumer<Map<String, Object>> change) {
        return template -> change.accept(part.apply(template));
    }
}
