// The benchmark's yardstick: a hello-world Quarkus Lambda on the same Quarkus version and Lambda extension as the
// function, with the same Function URL event types, generated into target/bench/hello-world and built there once.
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

function pom(quarkusVersion) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>hello-world</artifactId>
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
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-amazon-lambda</artifactId></dependency>
    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-events</artifactId></dependency>
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
  const dir = path.join(root, 'target', 'bench', 'hello-world');
  const jar = path.join(dir, 'target', 'hello-world-1-runner.jar');
  const quarkusVersion = fs.readFileSync(path.join(root, 'pom.xml'), 'utf8')
    .match(/<quarkus\.platform\.version>([^<]+)</)[1];
  const self = new URL(import.meta.url).pathname;
  if (fs.existsSync(jar) && fs.statSync(jar).mtimeMs > fs.statSync(self).mtimeMs) return jar;
  log(`building the hello-world Quarkus ${quarkusVersion} Lambda in ${path.relative(root, dir)}`);
  fs.mkdirSync(path.join(dir, 'src', 'main', 'java', 'bench'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'main', 'resources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pom.xml'), pom(quarkusVersion));
  fs.writeFileSync(path.join(dir, 'src', 'main', 'java', 'bench', 'Hello.java'), HANDLER);
  fs.writeFileSync(path.join(dir, 'src', 'main', 'resources', 'application.properties'),
    'quarkus.banner.enabled=false\nquarkus.devservices.enabled=false\n');
  const build = spawnSync(path.join(root, 'mvnw'), ['-q', '-B', '-f', path.join(dir, 'pom.xml'), 'package'],
    { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0 || !fs.existsSync(jar)) throw new Error('the hello-world build failed');
  return jar;
}
