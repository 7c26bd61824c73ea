package dev.handover.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SAM templates of both deployment paths, parsed with CloudFormation's intrinsic tags: the resources, each
 * path's runtime, handler, package and SnapStart, that the two differ in nothing else, least privilege (every
 * statement scoped to this stack's resources or parameters, no SAM policy template, only the DynamoDB calls the code
 * makes), safe defaults, alarms and a dashboard whose body is JSON. {@link CfnLintTest} adds the published schemas.
 */
class TemplateTest {

    static final Path JVM = Path.of("template.yaml");
    static final Path NATIVE = Path.of("template-native.yaml");
    /** The function's properties that make up its package: the only ones the templates may differ in. */
    private static final List<String> PACKAGE = List.of("Runtime", "Handler", "CodeUri", "SnapStart");
    private static final Set<String> PSEUDO = Set.of("AWS::Region", "AWS::AccountId", "AWS::Partition",
            "AWS::StackName", "AWS::NoValue", "AWS::URLSuffix");
    /** Resources the SAM transform adds, which a template may name. */
    private static final Set<String> SAM_GENERATED = Set.of("HandoverFunctionUrl", "HandoverFunctionAliaslive",
            "HandoverFunctionRole");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!]+)}");

    @Test
    void jvmTemplate_shouldRunTheJvmZipOnJava21WithSnapStart() throws IOException {
        Map<String, Object> function = function(template(JVM));

        assertThat(function).containsEntry("Runtime", "java21")
                .containsEntry("Handler", "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest")
                .containsEntry("CodeUri", "target/sam/jvm/function.zip")
                .containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"))
                .containsEntry("AutoPublishAlias", "live");
        assertThat(parameter(template(JVM), "MemorySize")).containsEntry("Default", 1024);
    }

    @Test
    void nativeTemplate_shouldRunTheNativeZipOnProvidedAl2023() throws IOException {
        Map<String, Object> function = function(template(NATIVE));

        assertThat(function).containsEntry("Runtime", "provided.al2023")
                .containsEntry("CodeUri", "target/sam/native/function.zip")
                .containsEntry("AutoPublishAlias", "live")
                .doesNotContainKey("SnapStart");
        assertThat(parameter(template(NATIVE), "MemorySize")).containsEntry("Default", 256);
    }

    @Test
    void templates_shouldDifferOnlyInThePackage() throws IOException {
        Map<String, Object> jvm = withoutPackage(template(JVM));
        Map<String, Object> nativeOne = withoutPackage(template(NATIVE));

        assertThat(nativeOne).isEqualTo(jvm);
    }

    @Test
    void bothTemplates_shouldCreateTheResourcesOfADeployment() throws IOException {
        for (Path path : List.of(JVM, NATIVE)) {
            Map<String, String> types = new LinkedHashMap<>();
            resources(template(path)).forEach((name, resource) -> types.put(name, (String) map(resource).get("Type")));
            assertThat(types).as(path.toString()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "HandoverTable", "AWS::DynamoDB::Table",
                    "HandoverFunction", "AWS::Serverless::Function",
                    "FingerprintSaltSecret", "AWS::SecretsManager::Secret",
                    "HandoverLogGroup", "AWS::Logs::LogGroup",
                    "Url5xxAlarm", "AWS::CloudWatch::Alarm",
                    "ErrorsAlarm", "AWS::CloudWatch::Alarm",
                    "ThrottlesAlarm", "AWS::CloudWatch::Alarm",
                    "DurationAlarm", "AWS::CloudWatch::Alarm",
                    "HandoverFailuresAlarm", "AWS::CloudWatch::Alarm",
                    "Dashboard", "AWS::CloudWatch::Dashboard"));
        }
    }

    @Test
    void everyPolicyStatement_shouldBeScopedToThisStacksResourcesOrParameters() throws IOException {
        Map<String, Object> template = template(JVM);
        Set<String> names = names(template);
        List<Map<String, Object>> statements = statements(function(template));

        assertThat(statements).hasSize(8);
        for (Map<String, Object> statement : statements) {
            assertThat(statement.get("Effect")).isEqualTo("Allow");
            assertThat(list(statement.get("Action"))).allSatisfy(action ->
                    assertThat((String) action).matches("[a-z0-9]+:[A-Za-z]+"));
            boolean conditioned = statement.containsKey("Condition")
                    && !references(statement.get("Condition"), names).isEmpty();
            for (Object resource : list(statement.get("Resource"))) {
                assertThat(conditioned || !references(resource, names).isEmpty())
                        .as("%s is scoped to a !Ref/!GetAtt of this template", resource).isTrue();
            }
        }
        assertThat(statements.get(0)).containsEntry("Action", List.of("dynamodb:GetItem", "dynamodb:UpdateItem"))
                .containsEntry("Resource", Map.of("Fn::GetAtt", List.of("HandoverTable", "Arn")));
        assertThat(statements.get(1)).containsEntry("Action", "dynamodb:Query")
                .containsEntry("Resource", Map.of("Fn::Sub", "${HandoverTable.Arn}/index/due-work"));
        assertThat(statements.get(2)).containsEntry("Action", "secretsmanager:GetSecretValue")
                .containsEntry("Resource", Map.of("Ref", "CrmTokenSecretArn"));
        assertThat(statements.get(3)).containsEntry("Action", "secretsmanager:GetSecretValue")
                .containsEntry("Resource", Map.of("Fn::If", List.of("GenerateFingerprintSalt",
                        Map.of("Ref", "FingerprintSaltSecret"), Map.of("Ref", "FingerprintSaltSecretArn"))));
        // a list parameter: the function may read exactly the bot secrets the deployer listed
        assertThat(statements.get(4)).containsEntry("Action", "secretsmanager:GetSecretValue")
                .containsEntry("Resource", Map.of("Ref", "BotSecretArns"));
        assertThat(statements).filteredOn(statement -> String.valueOf(statement.get("Action")).startsWith("secrets"))
                .hasSize(3);
    }

    @Test
    void template_shouldKeepTheTableAndConstrainItsParameters() throws IOException {
        Map<String, Object> template = template(JVM);
        Map<String, Object> table = map(resources(template).get("HandoverTable"));

        assertThat(table).containsEntry("DeletionPolicy", "Retain").containsEntry("UpdateReplacePolicy", "Retain");
        // a new salt changes every fingerprint: the generated one outlives the stack
        assertThat(map(resources(template).get("FingerprintSaltSecret"))).containsEntry("DeletionPolicy", "Retain")
                .containsEntry("UpdateReplacePolicy", "Retain");
        String stage = (String) parameter(template, "Stage").get("AllowedPattern");
        assertThat("prod").matches(stage);
        assertThat("staging-2").matches(stage);
        assertThat("Prod_1").doesNotMatch(stage);
        assertThat("a".repeat(21)).doesNotMatch(stage);
        Map<String, Object> retention = parameter(template, "LogRetentionDays");
        assertThat(list(retention.get("AllowedValues"))).contains(1, 30, 365, 3653).contains(retention.get("Default"));
        assertThat(parameter(template, "ReservedConcurrency")).containsEntry("Default", "");
        assertThat(parameter(template, "Tracing")).containsEntry("AllowedValues", List.of("Active", "PassThrough"));
        assertThat(parameter(template, "CrmTokenSecretArn")).doesNotContainKey("Default");
        Map<String, Object> environment = map(map(function(template).get("Environment")).get("Variables"));
        assertThat(environment).containsEntry("HANDOVER_CRM_TOKEN_SECRET_ARN", Map.of("Ref", "CrmTokenSecretArn"))
                .containsEntry("HANDOVER_BOTS_PARAMETER", Map.of("Ref", "BotsParameterName"))
                .containsEntry("HANDOVER_FINGERPRINT_SALT_SECRET_ARN", Map.of("Fn::If", List.of(
                        "GenerateFingerprintSalt", Map.of("Ref", "FingerprintSaltSecret"),
                        Map.of("Ref", "FingerprintSaltSecretArn"))))
                .doesNotContainKey("HANDOVER_CRM_TOKEN").doesNotContainKey("HANDOVER_FINGERPRINT_SALT");
        assertThat(environment.toString()).doesNotContain("resolve:secretsmanager");
    }

    @Test
    void everyReference_shouldNameAParameterAResourceOrAPseudoParameter() throws IOException {
        for (Path path : List.of(JVM, NATIVE)) {
            Map<String, Object> template = template(path);
            Set<String> known = new HashSet<>(names(template));
            known.addAll(PSEUDO);
            known.addAll(SAM_GENERATED);
            List<String> all = new ArrayList<>();
            collectReferences(template.get("Resources"), all);
            collectReferences(template.get("Outputs"), all);
            assertThat(all).as(path.toString()).isNotEmpty().allSatisfy(name -> assertThat(known).contains(name));
        }
    }

    @Test
    void alarms_shouldWatchTheFunctionAndNotifyTheOptionalTopic() throws IOException {
        Map<String, Object> resources = resources(template(JVM));
        Map<String, String> metrics = new LinkedHashMap<>();
        for (String alarm : List.of("Url5xxAlarm", "ErrorsAlarm", "ThrottlesAlarm", "DurationAlarm",
                "HandoverFailuresAlarm")) {
            Map<String, Object> properties = map(map(resources.get(alarm)).get("Properties"));
            metrics.put(alarm, properties.get("Namespace") + "/" + properties.get("MetricName"));
            assertThat(properties.get("AlarmActions")).isEqualTo(Map.of("Fn::If", List.of("HasAlarmTopic",
                    List.of(Map.of("Ref", "AlarmTopicArn")), Map.of("Ref", "AWS::NoValue"))));
            assertThat(properties).containsEntry("TreatMissingData", "notBreaching");
        }
        assertThat(metrics).containsExactly(Map.entry("Url5xxAlarm", "AWS/Lambda/Url5xxCount"),
                Map.entry("ErrorsAlarm", "AWS/Lambda/Errors"), Map.entry("ThrottlesAlarm", "AWS/Lambda/Throttles"),
                Map.entry("DurationAlarm", "AWS/Lambda/Duration"),
                Map.entry("HandoverFailuresAlarm", "HumanHandover/EpisodesFailed"));
        int timeoutMillis = (Integer) map(map(template(JVM).get("Globals")).get("Function")).get("Timeout") * 1000;
        assertThat((Integer) map(map(resources.get("DurationAlarm")).get("Properties")).get("Threshold"))
                .isLessThan(timeoutMillis).isGreaterThanOrEqualTo(timeoutMillis * 3 / 4);
    }

    @Test
    void dashboard_shouldBeJsonWithTheFourPictures() throws IOException {
        Map<String, Object> properties = map(map(resources(template(JVM)).get("Dashboard")).get("Properties"));
        String body = (String) map(properties.get("DashboardBody")).get("Fn::Sub");

        JsonNode dashboard = new ObjectMapper().readTree(body.replace("${AWS::Region}", "us-east-1")
                .replace("${HandoverFunction}", "human-handover-prod"));

        List<String> titles = new ArrayList<>();
        dashboard.get("widgets").forEach(widget -> titles.add(widget.get("properties").get("title").asText()));
        assertThat(titles).containsExactly("Handovers by scenario", "Decisions", "CRM failures by action and status",
                "Latency (p50, p99) and Function URL 5xx");
        assertThat(body).contains("MetricName=\\\"Handovers\\\"", "MetricName=\\\"Decisions\\\"",
                "MetricName=\\\"CrmFailures\\\"", "\"p99\"");
    }

    // --- walking the template ---

    static Map<String, Object> template(Path path) throws IOException {
        return CloudFormationYaml.read(path);
    }

    static Map<String, Object> function(Map<String, Object> template) {
        return map(map(resources(template).get("HandoverFunction")).get("Properties"));
    }

    private static Map<String, Object> resources(Map<String, Object> template) {
        return map(template.get("Resources"));
    }

    private static Map<String, Object> parameter(Map<String, Object> template, String name) {
        return map(map(template.get("Parameters")).get(name));
    }

    private static Set<String> names(Map<String, Object> template) {
        Set<String> names = new HashSet<>(map(template.get("Parameters")).keySet());
        names.addAll(resources(template).keySet());
        return names;
    }

    /** Every statement of the function's policies, both branches of a condition (AWS::NoValue dropped). */
    private static List<Map<String, Object>> statements(Map<String, Object> function) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(function.get("Policies"))) {
            for (Object branch : branches(policy)) {
                Map<String, Object> document = map(branch);
                assertThat(document).as("an inline policy, not a SAM policy template").containsKey("Statement");
                list(document.get("Statement")).forEach(statement -> statements.add(map(statement)));
            }
        }
        return statements;
    }

    private static List<Object> branches(Object value) {
        if (value instanceof Map<?, ?> map && map.containsKey("Fn::If")) {
            List<Object> arguments = list(map.get("Fn::If"));
            return arguments.subList(1, 3).stream().filter(branch -> !Map.of("Ref", "AWS::NoValue").equals(branch))
                    .toList();
        }
        return List.of(value);
    }

    /** The template's own parameters and resources a value refers to (pseudo parameters do not scope anything). */
    private static Set<String> references(Object value, Set<String> names) {
        List<String> all = new ArrayList<>();
        collectReferences(value, all);
        Set<String> own = new HashSet<>(all);
        own.retainAll(names);
        return own;
    }

    private static void collectReferences(Object value, List<String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                if ("Ref".equals(key)) {
                    into.add((String) inner);
                } else if ("Fn::GetAtt".equals(key)) {
                    into.add((String) list(inner).get(0));
                } else if ("Fn::Sub".equals(key) && inner instanceof String text) {
                    Matcher matcher = SUB_VARIABLE.matcher(text);
                    while (matcher.find()) {
                        into.add(matcher.group(1).split("\\.")[0]);
                    }
                } else {
                    collectReferences(inner, into);
                }
            });
        } else if (value instanceof List<?> items) {
            items.forEach(item -> collectReferences(item, into));
        }
    }

    private static Map<String, Object> withoutPackage(Map<String, Object> template) {
        template.remove("Description");
        map(template.get("Parameters")).remove("MemorySize");
        map(map(template.get("Parameters")).get("Architecture")).remove("Description");
        PACKAGE.forEach(function(template)::remove);
        return template;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> items ? (List<Object>) items : List.of(value);
    }
}
