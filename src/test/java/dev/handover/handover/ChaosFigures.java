package dev.handover.handover;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.handover.handover.ChaosTest.Expected;
import dev.handover.support.DynamoFaults;
import dev.handover.support.FakeHighLevel;

/** What the chaos test prints after its run, and the count of CRM faults it injected. */
final class ChaosFigures {

    private ChaosFigures() {
    }

    static long faults(List<ServeEvent> journal) {
        return journal.stream().filter(event -> event.getResponse().getHeaders() != null
                && event.getResponse().getHeaders().getHeader(FakeHighLevel.FAULT_HEADER).isPresent()).count();
    }

    /** The figures of one run: deliveries and answers, CRM requests and faults, DynamoDB faults, CRM actions. */
    static String print(long seed, int conversations, Map<String, AtomicInteger> figures, List<ServeEvent> journal,
            Map<String, Map<String, Integer>> processed, Map<Expected, Integer> episodes,
            Map<DynamoFaults.Fault, Integer> dynamoFaults) {
        Map<String, Long> faultKinds = new java.util.TreeMap<>();
        journal.forEach(event -> {
            var header = event.getResponse().getHeaders() == null ? null
                    : event.getResponse().getHeaders().getHeader(FakeHighLevel.FAULT_HEADER);
            if (header != null && header.isPresent()) {
                faultKinds.merge(header.firstValue(), 1L, Long::sum);
            }
        });
        int handovers = episodes.entrySet().stream().filter(e -> e.getKey() != Expected.NONE)
                .mapToInt(Map.Entry::getValue).sum();
        Map<String, Integer> actionTotals = new java.util.TreeMap<>();
        processed.values().forEach(calls -> calls.forEach((action, n) -> actionTotals.merge(action, n, Integer::sum)));
        StringBuilder out = new StringBuilder("\n=== chaos test (seed " + seed + ") ===\n");
        out.append(String.format("conversations: %d (%s)%n", conversations, episodes));
        new java.util.TreeMap<>(figures).forEach((name, n) -> out.append(String.format("%-26s %6d%n", name, n.get())));
        out.append(String.format("%-26s %6d%n", "CRM requests", journal.size()));
        out.append(String.format("%-26s %6d %s%n", "CRM faults injected", faults(journal), faultKinds));
        out.append(String.format("%-26s %6d%n", "message pages past the 1st", journal.stream()
                .filter(event -> event.getRequest().getUrl().contains("lastMessageId=")).count()));
        out.append(String.format("%-26s %6d %s%n", "DynamoDB faults injected",
                dynamoFaults.values().stream().mapToInt(Integer::intValue).sum(), dynamoFaults));
        out.append(String.format("%-26s %s over %d handovers (per handover: %s)%n", "CRM actions carried out",
                actionTotals, handovers, perEpisode(actionTotals, handovers)));
        return out.toString();
    }

    /**
     * The CRM's journal of one contact (its conversation has the same id), in the order the requests reached it:
     * when each arrived, what it was, how it was answered and how long that took. No bodies.
     */
    static String journalOf(String contact, List<ServeEvent> journal) {
        StringBuilder out = new StringBuilder("=== CRM journal of " + contact + " ===\n");
        journal.stream().filter(event -> event.getRequest().getUrl().contains(contact)
                || event.getRequest().getBodyAsString().contains(contact))
                .sorted(java.util.Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .forEach(event -> {
                    var header = event.getResponse().getHeaders() == null ? null
                            : event.getResponse().getHeaders().getHeader(FakeHighLevel.FAULT_HEADER);
                    String fault = header != null && header.isPresent() ? header.firstValue() : "-";
                    out.append(String.format("%tT.%<tL %-4s %-70s %d %s %s ms%n", event.getRequest().getLoggedDate(),
                            event.getRequest().getMethod().getName(), event.getRequest().getUrl(),
                            event.getResponse().getStatus(), fault,
                            event.getTiming() == null ? "?" : event.getTiming().getTotalTime()));
                });
        return out.toString();
    }

    private static String perEpisode(Map<String, Integer> totals, int handovers) {
        Map<String, String> result = new java.util.TreeMap<>();
        totals.forEach((action, n) -> result.put(action, String.format("%.2f", n / (double) handovers)));
        return result.toString();
    }

}
