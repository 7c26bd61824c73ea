package dev.handover.webhook;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The weighted list of generators, and the weighted draw of the next one. The order and the weights are part of
 * what a seed replays: changing either changes every later request of a run.
 */
final class FuzzGenerators {

    record Generator(String name, int weight, Supplier<FuzzCase> make) {
    }

    private final Random random;
    private final List<Generator> generators;
    private final int totalWeight;

    FuzzGenerators(Random random, Instant now, KeyPair foreignEd25519) {
        this.random = random;
        FuzzDraws draws = new FuzzDraws(random);
        FuzzEnvelopes envelopes = new FuzzEnvelopes(draws, now);
        BodyMutations body = new BodyMutations(draws, envelopes);
        FieldMutations field = new FieldMutations(draws, envelopes);
        TimestampMutations time = new TimestampMutations(draws, envelopes);
        SignatureMutations signature = new SignatureMutations(draws, envelopes, foreignEd25519);
        RouteMutations route = new RouteMutations(draws, envelopes);
        this.generators = List.of(
                new Generator("random bytes", 8, body::randomBytes),
                new Generator("JSON token soup (no message type)", 5, body::tokenSoup),
                new Generator("mutated after signing", 12, body::mutatedAfterSigning),
                new Generator("truncated, re-signed", 7, body::truncatedResigned),
                new Generator("required field type swap", 9, field::typeSwap),
                new Generator("required field removed/blank", 6, field::requiredRemoved),
                new Generator("huge body (> 256 KB)", 1, body::hugeBody),
                new Generator("deeply nested JSON", 4, body::deeplyNested),
                new Generator("bad base64", 5, body::badBase64),
                new Generator("garbage signature headers", 8, signature::garbageSignature),
                new Generator("stale timestamp (> 80 min)", 4, time::staleTimestamp),
                new Generator("stale in retry window, not awaited", 1, time::staleInRetryWindow),
                new Generator("future timestamp (> 1 min)", 4, time::futureTimestamp),
                new Generator("unparseable timestamp", 2, time::badTimestampText),
                new Generator("unknown messageType", 5, field::unknownMessageType),
                new Generator("hostile HTML email (~200 KB)", 1, field::hostileHtmlEmail),
                new Generator("invalid id (> 128 chars, bad chars)", 6, field::invalidId),
                new Generator("non-object JSON", 4, body::nonObjectJson),
                new Generator("/events", 6, route::genericEvent),
                new Generator("/workflow", 6, route::workflowEvent),
                new Generator("unknown path", 3, route::unknownPath),
                new Generator("wrong method", 1, route::wrongMethod));
        this.totalWeight = generators.stream().mapToInt(Generator::weight).sum();
    }

    List<Generator> all() {
        return generators;
    }

    Generator pick() {
        int ticket = random.nextInt(totalWeight);
        for (Generator generator : generators) {
            ticket -= generator.weight();
            if (ticket < 0) {
                return generator;
            }
        }
        throw new IllegalStateException();
    }
}
