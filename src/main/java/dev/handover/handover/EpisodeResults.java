package dev.handover.handover;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.handover.conversation.Checkpoint;
import dev.handover.conversation.Episode;

/**
 * What an invocation knows of an episode's actions, filled in from the threads they run on: the reports it answers
 * with (those of earlier invocations included), and the results of its own that a checkpoint records.
 */
final class EpisodeResults {

    private final Episode episode;
    private final Map<String, ActionReport> reports = new LinkedHashMap<>();
    private final Map<String, String> done = new LinkedHashMap<>();
    private final Map<String, String> failed = new LinkedHashMap<>();

    EpisodeResults(Episode episode) {
        this.episode = episode;
        episode.done().forEach((action, detail) -> reports.put(action, ActionReport.done(action, detail)));
        episode.failed().forEach((action, reason) -> reports.put(action, ActionReport.failed(action, reason)));
    }

    /** The latest report of an action; a done or failed one is recorded by the next checkpoint. */
    synchronized void add(ActionReport report) {
        reports.put(report.action(), report);
        switch (report.status()) {
            case "done" -> done.put(report.action(), report.detail());
            case "failed" -> failed.put(report.action(), report.detail());
            default -> {
            }
        }
    }

    /** Every planned action is done or failed for good, in this invocation or an earlier one. */
    synchronized boolean settled() {
        return episode.planned().stream().allMatch(action -> {
            ActionReport report = reports.get(action);
            return report != null && ("done".equals(report.status()) || "failed".equals(report.status()));
        });
    }

    synchronized boolean anyFailed() {
        return reports.values().stream().anyMatch(report -> "failed".equals(report.status()));
    }

    /** This invocation's results so far, with {@code ending}. */
    synchronized Checkpoint checkpoint(Checkpoint.Ending ending) {
        return new Checkpoint(done, failed, ending);
    }

    /** The report of every action known, in the planned order. */
    synchronized List<ActionReport> inPlannedOrder() {
        return reports.values().stream()
                .sorted(Comparator.comparingInt(report -> episode.planned().indexOf(report.action())))
                .toList();
    }
}
