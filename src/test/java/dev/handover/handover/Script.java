package dev.handover.handover;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.handover.ChaosTest.Expected;
import dev.handover.support.Webhooks;

/**
 * One scripted conversation of the chaos test: ordinary questions and answers around at most one trigger, so that
 * whether and why it must hand over is known. Its conversation id is its contact id (the fake CRM keys by contact).
 */
final class Script {

    private static final List<String> QUESTIONS = List.of(
            "What are your opening hours on Saturday?", "Do you have parking near the office?",
            "How much does a cleaning cost?", "Can I pay with a credit card?", "Where exactly are you located?",
            "Do you accept new patients this month?", "Is there a cancellation fee?", "Do you offer gift cards?",
            "What should I bring to my first appointment?", "Can I change my booking to next week?",
            "Do you work with my insurance company?", "How long does the first visit take?");
    private static final List<String> ANSWERS = List.of(
            "We are open from 9am to 1pm on Saturdays.", "Yes, there is free parking behind the building.",
            "A cleaning is 80 dollars.", "Yes, we accept all major credit cards.", "We are at 1 Main Street.",
            "Yes, we are taking new patients.", "Cancellations less than 24 hours ahead cost 20 dollars.");
    private static final List<String> REQUESTS = List.of(
            "I want to talk to a human", "Can I speak to a real person please?", "agent please",
            "Connect me with someone from your team", "Is there anyone I could speak with?");
    private static final List<String> COMPLAINTS = List.of("that didn't help", "still not working",
            "that's not what I asked", "you're not understanding me");
    private static final List<String> FALLBACKS = List.of("I'm sorry, I don't have that information.",
            "I'm not sure about that, let me check with the team.", "Unfortunately I can't help with that.");

    final String id;
    final Expected expected;
    final List<ObjectNode> events = new ArrayList<>();
    private final List<String> questions;
    private final Random random;

    private Script(String id, Expected expected, Random random) {
        this.id = id;
        this.expected = expected;
        this.random = random;
        this.questions = new ArrayList<>(QUESTIONS);
        Collections.shuffle(questions, random);
    }

    static Script random(String id, Random random) {
        double draw = random.nextDouble();
        Expected expected = draw < 0.35 ? Expected.CONTACT_REQUEST : draw < 0.55 ? Expected.FAILED_TO_RESOLVE
                : draw < 0.70 ? Expected.LACK_OF_INFORMATION : Expected.NONE;
        Script script = new Script(id, expected, random);
        script.exchanges(2 + random.nextInt(2));
        switch (expected) {
            case CONTACT_REQUEST -> script.customer(pick(REQUESTS, random));
            case FAILED_TO_RESOLVE -> {
                script.customer("My online booking keeps failing with an error");
                script.bot("Please clear your browser cache and try again.");
                script.customer(COMPLAINTS.get(random.nextInt(2)));
                script.bot("Then please try another browser.");
                script.customer(COMPLAINTS.get(2 + random.nextInt(2)));
            }
            case LACK_OF_INFORMATION -> {
                script.customer("Do you offer payment plans for implants?");
                script.bot(pick(FALLBACKS, random));
            }
            case NONE -> script.customer("thanks, that worked");
        }
        // What follows a handover is answered "paused"; without one, more ordinary exchanges.
        script.customer(expected == Expected.NONE ? "great" : "hello? are you there?");
        script.exchanges(1 + random.nextInt(2));
        if (expected == Expected.CONTACT_REQUEST) {
            script.customer(pick(REQUESTS, random));
        }
        return script;
    }

    private void exchanges(int count) {
        for (int i = 0; i < count && !questions.isEmpty(); i++) {
            customer(questions.remove(questions.size() - 1));
            bot(pick(ANSWERS, random));
        }
    }

    private void customer(String text) {
        ObjectNode body = Webhooks.inbound(id, id, text, Instant.now());
        events.add(body);
    }

    private void bot(String text) {
        events.add(Webhooks.botReply(Webhooks.LOCATION, id, id, text, Instant.now()));
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
