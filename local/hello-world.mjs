// The benchmark's yardsticks, generated into target/bench/<name> and built there once: a hello-world Quarkus Lambda on
// the same Quarkus version and Lambda extension as the function, with the same Function URL event types; and the
// "stack floor", the same with every extension of the product's fixed stack (DynamoDB through the Quarkiverse
// extension on the url-connection client, the REST client, Jackson, fault tolerance) doing the least a webhook of
// the product must: one DynamoDB write per event, its client primed at init as the function's is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const HANDLER = `package bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

public class Hello implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{\\"hello\\":\\"world\\"}").build();
    }
}
`;

const FLOOR_HANDLER = `package bench;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import io.quarkus.runtime.StartupEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public class Floor implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final String TABLE = System.getenv("HANDOVER_TABLE_NAME");

    @Inject
    DynamoDbClient dynamo;

    void prime(@Observes StartupEvent start) {
        dynamo.getItem(b -> b.tableName(TABLE).key(Map.of("pk", AttributeValue.fromS("floor#priming"))));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String key = "floor#" + Math.floorMod(event.getBody().hashCode(), 50);
        dynamo.updateItem(b -> b.tableName(TABLE).key(Map.of("pk", AttributeValue.fromS(key)))
                .updateExpression("SET #at = :at").expressionAttributeNames(Map.of("#at", "at"))
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(System.currentTimeMillis())))));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{\\"floor\\":true}").build();
    }
}
`;

// The function's own DynamoDB client settings (src/main/resources/application.properties), so that the floor pays
// for the same timeouts.
const FLOOR_PROPERTIES = `quarkus.banner.enabled=false
quarkus.devservices.enabled=false
quarkus.lambda.handler=bench.Floor
quarkus.dynamodb.sync-client.type=url
quarkus.dynamodb.endpoint-override=\${HANDOVER_DYNAMODB_ENDPOINT}
quarkus.dynamodb.sync-client.connection-timeout=1S
quarkus.dynamodb.sync-client.socket-timeout=2S
quarkus.dynamodb.api-call-attempt-timeout=2S
quarkus.dynamodb.api-call-timeout=5S
`;

const FLOOR_DEPENDENCIES = `
    <dependency><groupId>io.quarkiverse.amazonservices</groupId><artifactId>quarkus-amazon-dynamodb</artifactId></dependency>
    <dependency><groupId>software.amazon.awssdk</groupId><artifactId>url-connection-client</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-rest-client-jackson</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-jackson</artifactId></dependency>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-smallrye-fault-tolerance</artifactId></dependency>`;

function pom(name, quarkusVersion, servicesVersion, extra) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>${name}</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.quarkus</groupId><artifactId>quarkus-bom</artifactId><version>${quarkusVersion}</version>
        <type>pom</type><scope>import</scope>
      </dependency>
      <dependency>
        <groupId>io.quarkiverse.amazonservices</groupId><artifactId>quarkus-amazon-services-bom</artifactId>
        <version>${servicesVersion}</version><type>pom</type><scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></dependency>
    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-events</artifactId></dependency>${extra}
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>io.quarkus</groupId><artifactId>quarkus-maven-plugin</artifactId><version>${quarkusVersion}</version>
        <extensions>true</extensions>
        <executions><execution><goals><goal>build</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
`;
}

/** The hello world's runner jar, generated and built when missing or older than this file. */
export function helloWorldJar(root, log) {
  return yardstickJar(root, log, 'hello-world', { 'Hello.java': HANDLER },
    'quarkus.banner.enabled=false\nquarkus.devservices.enabled=false\n', '');
}

/** The stack floor's runner jar: the fixed stack's extensions and one DynamoDB write per event. */
export function stackFloorJar(root, log) {
  return yardstickJar(root, log, 'stack-floor', { 'Floor.java': FLOOR_HANDLER }, FLOOR_PROPERTIES, FLOOR_DEPENDENCIES);
}

function yardstickJar(root, log, name, sources, properties, dependencies) {
  const dir = path.join(root, 'target', 'bench', name);
  const jar = path.join(dir, 'target', `${name}-1-runner.jar`);
  const projectPom = fs.readFileSync(path.join(root, 'pom.xml'), 'utf8');
  const quarkusVersion = projectPom.match(/<quarkus\.platform\.version>([^<]+)</)[1];
  const servicesVersion = projectPom.match(/<quarkus\.amazon-services\.version>([^<]+)</)[1];
  const self = new URL(import.meta.url).pathname;
  if (fs.existsSync(jar) && fs.statSync(jar).mtimeMs > fs.statSync(self).mtimeMs) return jar;
  log(`building the ${name} Quarkus ${quarkusVersion} Lambda in ${path.relative(root, dir)}`);
  fs.mkdirSync(path.join(dir, 'src', 'main', 'java', 'bench'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'main', 'resources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pom.xml'), pom(name, quarkusVersion, servicesVersion, dependencies));
  for (const [file, source] of Object.entries(sources)) {
    fs.writeFileSync(path.join(dir, 'src', 'main', 'java', 'bench', file), source);
  }
  fs.writeFileSync(path.join(dir, 'src', 'main', 'resources', 'application.properties'), properties);
  const build = spawnSync(path.join(root, 'mvnw'), ['-q', '-B', '-f', path.join(dir, 'pom.xml'), 'package'],
    { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0 || !fs.existsSync(jar)) throw new Error(`the ${name} build failed`);
  return jar;
}
