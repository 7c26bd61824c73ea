package dev.handover.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

/**
 * The published schemas vendored under {@code src/test/resources/aws-schemas} (see its README for source, version
 * and licence) as networknt validators: CloudFormation's resource provider schemas of the types the templates use,
 * SAM's template schema, and the {@code AWS::Serverless::Function} part of SAM's generated schema.
 *
 * <p>Changes made here in memory and nowhere else: every {@code $schema} is dropped and every schema read as
 * draft-07 (a provider schema names CloudFormation's meta-schema, which would be fetched from the network; SAM's
 * generated schema says draft-04 but is pydantic's draft-06+ output, e.g. numeric {@code exclusiveMinimum}); the
 * keywords of CloudFormation's resource schema format ({@code insertionOrder}, {@code primaryIdentifier}, ...),
 * SAM's and cfn-lint's annotations are known and validate nothing, so cfn-lint's own assertion keywords
 * ({@code requiredXor}, {@code dependentExcluded}, {@code uniqueKeys}, and the draft-2019 {@code prefixItems} and
 * {@code dependentRequired} it adds) are not enforced here ({@link CfnLintTest} enforces them where cfn-lint is
 * installed); and SAM's own type {@code intrinsic} (its Python validator registers it as a custom type) becomes
 * what that validator means by it, an object with one key that is {@code Ref}, {@code Condition} or {@code Fn::*},
 * or, inside a list of types, is dropped (a value that is an intrinsic is skipped by {@link TemplateSchemaCheck}).
 */
final class AwsSchemas {

    static final String SAM_FUNCTION = "samtranslator__internal__schema_source__aws_serverless_function__";
    private static final String BASE = "https://aws-schemas.handover.test/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The resource types whose provider schemas are vendored: those the templates use, and those SAM generates. */
    static final List<String> RESOURCE_TYPES = List.of("AWS::DynamoDB::Table", "AWS::Lambda::Function",
            "AWS::Lambda::Url", "AWS::SecretsManager::Secret", "AWS::Logs::LogGroup", "AWS::CloudWatch::Alarm",
            "AWS::CloudWatch::Dashboard");
    private static final List<String> ANNOTATIONS = List.of("insertionOrder", "primaryIdentifier",
            "createOnlyProperties", "conditionalCreateOnlyProperties", "readOnlyProperties", "writeOnlyProperties",
            "propertyTransform", "relationshipRef", "tagging", "typeName", "sourceUrl", "references", "patternError",
            "__samPassThrough", "requiredXor", "dependentExcluded", "uniqueKeys", "maxUniqueItems", "prefixItems",
            "dependentRequired");
    private static final List<String> SAM_FILES = List.of("schema_new.json", "definitions/api.json",
            "definitions/cfn.json", "definitions/common.json", "definitions/parameter.json");

    private final SchemaRegistry registry;
    private final Map<String, JsonNode> providers = new HashMap<>();
    private final JsonNode samFunction;

    AwsSchemas() {
        Map<String, String> sources = new HashMap<>();
        for (String type : RESOURCE_TYPES) {
            ObjectNode provider = read("aws-schemas/cloudformation/" + file(type));
            providers.put(type, provider);
            sources.put(location(type), provider.toString());
        }
        for (String file : SAM_FILES) {
            // schema_new.json names its definitions by bare file name, as SAM's validator stores them
            String name = file.substring(file.lastIndexOf('/') + 1);
            sources.put(BASE + "sam/" + name, withIntrinsicType(read("aws-schemas/sam/" + file)).toString());
        }
        samFunction = read("aws-schemas/sam/sam-function.schema.json");
        sources.put(BASE + "sam/sam-function.schema.json", samFunction.toString());
        Dialect draft7 = Dialect.builder(Dialects.getDraft7())
                .keywords(ANNOTATIONS.stream().map(NonValidationKeyword::new).toList()).build();
        registry = SchemaRegistry.withDefaultDialect(draft7, builder -> builder.schemas(sources));
    }

    /** SAM's template schema: the sections, the parameters, the resources' type names. */
    Schema samTemplate() {
        return registry.getSchema(SchemaLocation.of(BASE + "sam/schema_new.json"));
    }

    /** A definition of SAM's {@code AWS::Serverless::Function} schema, e.g. {@code Resource} or {@code Globals}. */
    Schema samFunction(String definition) {
        return registry.getSchema(SchemaLocation.of(BASE + "sam/sam-function.schema.json#/definitions/"
                + SAM_FUNCTION + definition));
    }

    /**
     * Whether SAM passes the function property through to {@code AWS::Lambda::Function} unchanged: its SAM schema is
     * the untyped {@code PassThroughProp}, or says so with {@code __samPassThrough}. SAM's schema then leaves the
     * value to CloudFormation's.
     */
    boolean samPassesThrough(String property) {
        JsonNode schema = samFunction.path("definitions").path(SAM_FUNCTION + "Properties").path("properties")
                .path(property);
        JsonNode path = schema.path("__samPassThrough").path("schemaPath");
        if (path.isArray()) {
            return "AWS::Lambda::Function".equals(path.path(1).asText()) && property.equals(path.path(5).asText());
        }
        return "#/definitions/PassThroughProp".equals(schema.path("allOf").path(0).path("$ref").asText());
    }

    /** The provider schema of a CloudFormation resource type's {@code Properties}; empty for a type not vendored. */
    Optional<Schema> resource(String type) {
        return providers.containsKey(type) ? Optional.of(registry.getSchema(SchemaLocation.of(location(type))))
                : Optional.empty();
    }

    /** The provider schema of one property of a resource type; empty when the type has no such property. */
    Optional<Schema> property(String type, String property) {
        JsonNode provider = providers.get(type);
        if (provider == null || !provider.path("properties").has(property)) {
            return Optional.empty();
        }
        return Optional.of(registry.getSchema(SchemaLocation.of(location(type) + "#/properties/" + property)));
    }

    static String file(String type) {
        return type.replace("::", "-") + ".json";
    }

    private static String location(String type) {
        return BASE + "cloudformation/" + file(type);
    }

    private static JsonNode withIntrinsicType(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isTextual() && type.asText().equals("intrinsic")) {
                object.put("type", "object").put("minProperties", 1).put("maxProperties", 1)
                        .putObject("propertyNames").put("pattern", "^(Ref|Condition|Fn::[A-Za-z0-9]+)$");
            } else if (type instanceof ArrayNode types) {
                for (int i = types.size() - 1; i >= 0; i--) {
                    if (types.get(i).asText().equals("intrinsic")) {
                        types.remove(i);
                    }
                }
            }
            Iterator<JsonNode> values = object.elements();
            while (values.hasNext()) {
                withIntrinsicType(values.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(AwsSchemas::withIntrinsicType);
        }
        return node;
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = AwsSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            ObjectNode schema = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            schema.remove("$schema");
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
