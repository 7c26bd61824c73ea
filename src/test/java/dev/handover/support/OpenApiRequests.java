package dev.handover.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * HighLevel's published OpenAPI documents (vendored in {@code src/test/resources/highlevel-openapi}, see SOURCE.md)
 * as a validator of the requests the function sends: it finds the operation of a request by method and path,
 * checks its {@code Version} header against the operation's, and validates its body against the operation's
 * request schema with networknt's JSON Schema validator (OpenAPI 3.0 dialect), {@code $ref}s into the
 * {@code common} schemas resolved.
 *
 * <p>Two changes to the documents, both named here: the request schemas are closed
 * ({@code additionalProperties: false}), so that a field the API does not declare is caught too; and
 * {@code subType} and {@code status} are not required in {@code SendMessageBodyDto}: the current document marks them
 * required, but their descriptions are those of the response ("Message status"), no earlier version required them,
 * and the function sends no invented values for them (see the README).
 */
public final class OpenApiRequests {

    static final String BASE = "https://openapi.handover.test/";
    static final List<String> DOCUMENTS = List.of("highlevel-openapi/contacts.json",
            "highlevel-openapi/conversations.json");
    static final List<String> NOT_REALLY_REQUIRED = List.of("subType", "status");

    private final Map<String, JsonNode> documents = new HashMap<>();
    private final SchemaRegistry registry;

    public OpenApiRequests() {
        Map<String, String> sources = new HashMap<>();
        for (String path : DOCUMENTS) {
            ObjectNode document = (ObjectNode) read(path);
            closeRequestSchemas(document);
            documents.put(path, document);
            sources.put(BASE + path, document.toString());
        }
        sources.put(BASE + "common/common-schemas.json", read("common/common-schemas.json").toString());
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder.schemas(sources));
    }

    /** A request as WireMock logged it. */
    public record Request(String method, String path, String version, String body) {
    }

    /** The operation's name and every way the request breaks the published contract (none: it conforms). */
    public record Verdict(String operation, List<String> problems) {
    }

    public Verdict check(Request request) {
        // WireMock's logged URL carries the query string; operations are matched on the path alone.
        Optional<Operation> found = operation(request.method(), request.path().split("\\?", 2)[0]);
        if (found.isEmpty()) {
            return new Verdict("?", List.of(request.method() + " " + request.path() + " is not in the API"));
        }
        Operation operation = found.get();
        List<String> problems = new ArrayList<>();
        JsonNode versions = operation.node().path("parameters");
        for (JsonNode parameter : versions) {
            if ("Version".equals(parameter.path("name").asText()) && "header".equals(parameter.path("in").asText())) {
                List<String> allowed = new ArrayList<>();
                parameter.path("schema").path("enum").forEach(value -> allowed.add(value.asText()));
                if (!allowed.contains(request.version())) {
                    problems.add("Version " + request.version() + " is not one of " + allowed);
                }
            }
        }
        JsonNode schemaRef = operation.node().path("requestBody").path("content").path("application/json")
                .path("schema").path("$ref");
        if (!schemaRef.isMissingNode()) {
            Schema schema = registry.getSchema(SchemaLocation.of(BASE + operation.document() + schemaRef.asText()));
            for (Error error : schema.validate(parse(request.body()))) {
                problems.add(error.toString());
            }
        } else if (request.body() != null && !request.body().isEmpty()) {
            problems.add("the operation takes no body");
        }
        return new Verdict(operation.id(), problems);
    }

    private record Operation(String document, String id, JsonNode node) {
    }

    /** The operation whose path template matches; a literal segment wins over a path parameter. */
    private Optional<Operation> operation(String method, String path) {
        List<Operation> matches = new ArrayList<>();
        documents.forEach((document, spec) -> {
            Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> entry = paths.next();
                JsonNode op = entry.getValue().path(method.toLowerCase(java.util.Locale.ROOT));
                String pattern = entry.getKey().replaceAll("\\{[^}]+}", "[^/]+");
                if (!op.isMissingNode() && path.matches(pattern)) {
                    matches.add(new Operation(document, op.path("operationId").asText(entry.getKey()), op));
                }
            }
        });
        return matches.stream().min(Comparator.comparingInt(OpenApiRequests::variables));
    }

    private static int variables(Operation operation) {
        return operation.node().path("parameters").findValues("in").stream()
                .filter(in -> "path".equals(in.asText())).toList().size();
    }

    private static void closeRequestSchemas(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        document.path("paths").forEach(path -> path.forEach(op -> {
            String ref = op.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref").asText("");
            JsonNode schema = ref.startsWith("#/components/schemas/")
                    ? schemas.path(ref.substring("#/components/schemas/".length())) : null;
            if (schema instanceof ObjectNode object && object.has("properties")) {
                object.put("additionalProperties", false);
            }
        }));
        if (schemas.path("SendMessageBodyDto").path("required") instanceof ArrayNode required) {
            for (int i = required.size() - 1; i >= 0; i--) {
                if (NOT_REALLY_REQUIRED.contains(required.get(i).asText())) {
                    required.remove(i);
                }
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            return Webhooks.JSON.readTree(body == null || body.isEmpty() ? "null" : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiRequests.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return Webhooks.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
