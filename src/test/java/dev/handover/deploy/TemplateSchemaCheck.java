package dev.handover.deploy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;

/**
 * Every way a SAM template breaks the published schemas ({@link AwsSchemas}), offline:
 * <ol>
 * <li>the whole template against SAM's template schema (sections, parameters, the form of each resource type);
 * <li>each CloudFormation resource: its type must have a vendored provider schema (an unknown or misspelled type is
 * refused), its {@code Properties} are validated against it, its attributes must be CloudFormation's and its
 * {@code DeletionPolicy}/{@code UpdateReplacePolicy} SAM's listed values, its {@code Condition} a declared one;
 * <li>each {@code AWS::Serverless::Function} against SAM's function schema (every property name, SAM's own
 * structures such as {@code AutoPublishAlias}, {@code FunctionUrlConfig}, {@code Policies}, {@code Events}), and
 * {@code Globals.Function} against SAM's function globals. SAM's schema types none of the properties it passes
 * through to {@code AWS::Lambda::Function} ({@code Runtime}, {@code MemorySize}, {@code SnapStart},
 * {@code Environment}, {@code Timeout}, ...): those, with the globals merged in as SAM merges them, are validated
 * against {@code AWS::Lambda::Function}'s provider schema property by property, where the names match; so are the
 * members of {@code FunctionUrlConfig} against {@code AWS::Lambda::Url}'s.
 * </ol>
 * A value that is an intrinsic function ({@code Ref}, {@code Fn::*}) is resolved only at deploy time, so it cannot be
 * type-checked here: an error located at such a value or inside it is skipped, and only such errors. Everything
 * around an intrinsic (the property's name, its siblings, a required property next to it) is still checked.
 */
final class TemplateSchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ATTRIBUTES = Set.of("Type", "Properties", "DeletionPolicy",
            "UpdateReplacePolicy", "Condition", "DependsOn", "Metadata", "UpdatePolicy", "CreationPolicy");
    private static final List<String> POLICIES = List.of("Delete", "Retain", "Snapshot", "RetainExceptOnCreate");
    private static final String SAM_FUNCTION = "AWS::Serverless::Function";
    /** SAM function properties that are an object of another resource type's properties under the same names. */
    private static final Map<String, String> NESTED = Map.of("FunctionUrlConfig", "AWS::Lambda::Url");

    private final AwsSchemas schemas = new AwsSchemas();

    List<String> problems(Map<String, Object> template) {
        JsonNode root = JSON.valueToTree(template);
        List<String> problems = new ArrayList<>();
        validate(schemas.samTemplate(), root, "", problems);
        JsonNode globals = root.path("Globals").path("Function");
        if (globals.isObject()) {
            validate(schemas.samFunction("Globals"), globals, "/Globals/Function", problems);
        }
        Iterator<Map.Entry<String, JsonNode>> resources = root.path("Resources").fields();
        while (resources.hasNext()) {
            Map.Entry<String, JsonNode> entry = resources.next();
            String at = "/Resources/" + entry.getKey();
            JsonNode resource = entry.getValue();
            String type = resource.path("Type").asText();
            if (type.equals(SAM_FUNCTION)) {
                function(resource, globals, at, problems);
            } else if (type.startsWith("AWS::Serverless::")) {
                problems.add(at + ": no SAM schema is vendored for " + type);
            } else {
                resource(type, resource, root, at, problems);
            }
        }
        return problems;
    }

    private void resource(String type, JsonNode resource, JsonNode root, String at, List<String> problems) {
        Optional<Schema> schema = schemas.resource(type);
        if (schema.isEmpty()) {
            problems.add(at + ": resource type " + type + " has no published schema here (unknown or misspelled)");
            return;
        }
        resource.fieldNames().forEachRemaining(attribute -> {
            if (!ATTRIBUTES.contains(attribute)) {
                problems.add(at + ": " + attribute + " is not a resource attribute");
            }
        });
        for (String policy : List.of("DeletionPolicy", "UpdateReplacePolicy")) {
            JsonNode value = resource.path(policy);
            if (!value.isMissingNode() && !POLICIES.contains(value.asText())) {
                problems.add(at + "/" + policy + ": " + value + " is not one of " + POLICIES);
            }
        }
        JsonNode condition = resource.path("Condition");
        if (!condition.isMissingNode() && !root.path("Conditions").has(condition.asText())) {
            problems.add(at + "/Condition: " + condition + " is not a declared condition");
        }
        JsonNode properties = resource.has("Properties") ? resource.get("Properties") : JSON.createObjectNode();
        validate(schema.get(), properties, at + "/Properties", problems);
    }

    private void function(JsonNode resource, JsonNode globals, String at, List<String> problems) {
        validate(schemas.samFunction("Resource"), resource, at, problems);
        ObjectNode merged = globals.isObject() ? ((ObjectNode) globals).deepCopy() : JSON.createObjectNode();
        JsonNode own = resource.path("Properties");
        if (own.isObject()) {
            merged.setAll((ObjectNode) own);
        }
        merged.fields().forEachRemaining(property -> {
            String name = property.getKey();
            String where = (own.has(name) ? at + "/Properties/" : "/Globals/Function/") + name;
            if (schemas.samPassesThrough(name)) {
                schemas.property("AWS::Lambda::Function", name)
                        .ifPresent(schema -> validate(schema, property.getValue(), where, problems));
            }
            String nestedType = NESTED.get(name);
            if (nestedType != null && property.getValue().isObject()) {
                property.getValue().fields().forEachRemaining(member -> schemas.property(nestedType, member.getKey())
                        .ifPresent(schema -> validate(schema, member.getValue(), where + "/" + member.getKey(),
                                problems)));
            }
        });
    }

    private static void validate(Schema schema, JsonNode instance, String at, List<String> problems) {
        for (Error error : schema.validate(instance)) {
            if (!withinIntrinsic(instance, error.getInstanceLocation())) {
                problems.add(at + error.getInstanceLocation() + ": " + error.getMessage());
            }
        }
    }

    /** Whether the location, or one of the values on the way to it, is an intrinsic function. */
    private static boolean withinIntrinsic(JsonNode instance, NodePath location) {
        JsonNode node = instance;
        for (int i = 0; ; i++) {
            if (isIntrinsic(node)) {
                return true;
            }
            if (i == location.getNameCount() || node == null) {
                return false;
            }
            Object element = location.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
    }

    static boolean isIntrinsic(JsonNode node) {
        if (node == null || !node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }
}
