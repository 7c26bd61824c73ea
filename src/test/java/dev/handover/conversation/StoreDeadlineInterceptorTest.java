package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** DynamoDB time counts against the invocation's deadline: each call is capped at the time left. */
class StoreDeadlineInterceptorTest {

    static final GetItemRequest READ = GetItemRequest.builder().tableName("t")
            .key(Map.of("pk", AttributeValue.fromS("k"))).build();

    @Test
    void stalledDynamo_shouldFailTheCallWhenTheInvocationsTimeIsUp() throws Exception {
        // GIVEN a DynamoDB endpoint that accepts connections and never answers, and a client allowing 5 s a call
        try (Stall stall = new Stall(); DynamoDbClient dynamo = client(stall.endpoint())) {
            // WHEN the invocation has 400 ms left
            long started = System.nanoTime();
            assertThatThrownBy(() -> StoreTimeLimit.within(() -> Duration.ofMillis(400), () -> dynamo.getItem(READ)))
                    .isInstanceOf(ApiCallTimeoutException.class);

            // THEN the call gave up then, not after the client's 5 s
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void noTimeLeft_shouldNotStartTheCall() {
        StoreDeadlineInterceptor interceptor = new StoreDeadlineInterceptor(Optional.of(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> StoreTimeLimit.within(() -> Duration.ofMillis(10), () -> modify(interceptor, READ)))
                .isInstanceOf(SdkClientException.class).hasMessageContaining("no time left");
    }

    @Test
    void moreTimeLeftThanConfigured_shouldKeepTheConfiguredTimeout() {
        StoreDeadlineInterceptor interceptor = new StoreDeadlineInterceptor(Optional.of(Duration.ofSeconds(5)));

        SdkRequest capped = StoreTimeLimit.within(() -> Duration.ofSeconds(9), () -> modify(interceptor, READ));
        SdkRequest tight = StoreTimeLimit.within(() -> Duration.ofMillis(700), () -> modify(interceptor, READ));

        assertThat(((GetItemRequest) capped).overrideConfiguration().orElseThrow().apiCallTimeout())
                .contains(Duration.ofSeconds(5));
        assertThat(((GetItemRequest) tight).overrideConfiguration().orElseThrow().apiCallTimeout())
                .contains(Duration.ofMillis(700));
    }

    @Test
    void outsideAnInvocation_shouldLeaveTheRequestAlone() {
        StoreDeadlineInterceptor interceptor = new StoreDeadlineInterceptor(Optional.of(Duration.ofSeconds(5)));

        assertThat(modify(interceptor, READ)).isSameAs(READ);
    }

    private static SdkRequest modify(StoreDeadlineInterceptor interceptor, SdkRequest request) {
        return interceptor.modifyRequest(() -> request, new ExecutionAttributes());
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5))
                        .addExecutionInterceptor(new StoreDeadlineInterceptor(Optional.of(Duration.ofSeconds(5)))))
                .build();
    }

    /** A loopback server that accepts connections and never answers. */
    static final class Stall implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        Stall() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "stalled-dynamo");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI endpoint() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort());
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
