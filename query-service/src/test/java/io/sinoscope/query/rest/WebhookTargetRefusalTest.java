package io.sinoscope.query.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import com.sun.net.httpserver.HttpServer;
import io.sinoscope.query.service.RebindingHostLookup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guard as production runs it ({@code sinoscope.watch.allow-private-targets=false}): a webhook URL that
 * resolves into a restricted range is a 400 naming the address and its class, at creation and at change; a name that
 * passed at creation and resolves into one later (DNS rebinding) is refused at send time and nothing is sent. Names
 * under .test are answered by {@link RebindingHostLookup} (the only part replaced: the receiver is real), any other
 * name by the system's resolver.
 */
@QuarkusTest
@TestProfile(WebhookTargetRefusalTest.PublicTargetsOnly.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class WebhookTargetRefusalTest {

    public static class PublicTargetsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinoscope.watch.allow-private-targets", "false");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RebindingHostLookup.class);
        }
    }

    @Inject
    RebindingHostLookup names;

    private static io.restassured.response.ValidatableResponse create(String url) {
        return WatchResourceTest.create(WatchResourceTest.WRITER, Map.of("name", "hook", "q", "芯片",
                "webhookUrl", url));
    }

    @Test
    void restrictedAddressesAreRefusedByClass() {
        Map<String, String> refused = Map.of(
                "http://127.0.0.1:8080/hook", "loopback",
                "http://localhost/hook", "loopback",
                "http://169.254.169.254/latest/meta-data", "link-local",
                "http://10.1.2.3/hook", "private",
                "http://192.168.0.10/hook", "private",
                "http://100.64.0.1/hook", "private (shared",
                "http://[fd00::1]/hook", "unique-local",
                "http://224.0.0.1/hook", "multicast",
                "http://0.0.0.0/hook", "unspecified");
        refused.forEach((url, range) -> create(url).statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("webhookUrl host"))
                .body("detail", containsString("a " + range))
                .body("detail", containsString("allow-private-targets")));
    }

    @Test
    void otherUnusableUrlsAreRefused() {
        create("ftp://example.org/hook").statusCode(400).body("detail", startsWith("webhookUrl must be an http"));
        create("http:///nohost").statusCode(400).body("detail", startsWith("webhookUrl"));
        create("https://user:pw@example.org/hook").statusCode(400)
                .body("detail", startsWith("webhookUrl must not carry credentials"));
        create("http://no-such-host.invalid/hook").statusCode(400).body("detail", containsString("does not resolve"));
    }

    @Test
    void aChangeIsCheckedToo() {
        String id = WatchResourceTest.created(WatchResourceTest.WRITER, Map.of("name", "no hook", "q", "芯片"));
        io.restassured.RestAssured.given().header("X-Api-Key", WatchResourceTest.WRITER)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "hook", "q", "芯片", "webhookUrl", "http://127.0.0.1/x"))
                .put("/api/v1/watches/" + id).then().statusCode(400).body("detail", containsString("loopback"));
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsRefusedAtSendTime() throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            received.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String host = "rebinding.test";
            // Public (TEST-NET-3) to the check at creation, this machine's loopback from then on.
            names.then(host, "203.0.113.7").then(host, "127.0.0.1");
            String id = WatchResourceTest.created(WatchResourceTest.WRITER, Map.of("name", "rebinding", "q", "芯片",
                    "webhookUrl", "http://" + host + ":" + receiver.getAddress().getPort() + "/hook"));
            io.restassured.RestAssured.given().header("X-Api-Key", WatchResourceTest.WRITER)
                    .post("/api/v1/watches/" + id + "/ping").then().statusCode(200)
                    .body("status", equalTo("PENDING"))
                    .body("lastError", startsWith("refused: host " + host + " resolves to 127.0.0.1, a loopback"));
            assertEquals(0, received.get(), "nothing reached the receiver");
            assertTrue(names.lookups(host) >= 2, "looked up at creation and again to send");
        } finally {
            receiver.stop(0);
        }
    }
}
