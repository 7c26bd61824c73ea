package dev.handover.handover;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import dev.handover.conversation.StoreTimeLimit;
import dev.handover.crm.CrmException;
import dev.handover.crm.Deadline;
import dev.handover.observe.LogFields;
import dev.handover.observe.Metrics;

/**
 * Runs the actions of an episode that are not yet done, checkpointing each one as it completes, so that a
 * redelivery after a crash or a CRM outage finishes the rest exactly once. The assignment runs first (the task goes
 * to whoever ends up owning the contact); the task, the closing message and the tags then run in parallel.
 */
@ApplicationScoped
public class EpisodeRunner {

    private static final Logger LOG = Logger.getLogger(EpisodeRunner.class);

    private final ActionExecutor executor;
    private final ConversationStore store;
    private final ActionThreads threads;
    private final Metrics metrics;

    public EpisodeRunner(ActionExecutor executor, ConversationStore store, ActionThreads threads, Metrics metrics) {
        this.executor = executor;
        this.store = store;
        this.threads = threads;
        this.metrics = metrics;
    }

    /** Runs what remains and reports on every planned action, including those finished earlier. */
    /** @param resumed the episode ran before, in an invocation that did not finish it */
    public List<ActionReport> run(ConversationEvent event, ConversationKey key, Episode episode,
            BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        Map<String, ActionReport> reports = earlier(episode);
        List<String> remaining = new ArrayList<>(episode.remaining());
        Episode current = episode;
        boolean unfinished = false;
        try {
            if (remaining.remove(HandoverAction.ASSIGN.id())) {
                ActionReport assign = runOne(HandoverAction.ASSIGN, event, key, current, settings, resumed, deadline);
                reports.put(assign.action(), assign);
                if (assign.awaitsRetry()) {
                    remaining.forEach(id -> reports.put(id, ActionReport.pending(id, "waits for the assignment")));
                    remaining.clear();
                } else if ("done".equals(assign.status())) {
                    current = episode.withDone(assign.action(), assign.detail());
                }
            }
            Episode settled = current;
            Map<String, CompletableFuture<ActionReport>> parallel = new LinkedHashMap<>();
            remaining.forEach(id -> parallel.put(id, CompletableFuture.supplyAsync(LogFields.carried(
                    () -> StoreTimeLimit.within(deadline::storeTimeLeft, () -> runOne(HandoverAction.fromId(id), event,
                            key, settled, settings, resumed, deadline))), threads.executor())));
            unfinished = !awaitAll(parallel.values(), deadline);
            for (Map.Entry<String, CompletableFuture<ActionReport>> action : parallel.entrySet()) {
                ActionReport report = action.getValue().isDone() ? unwrap(action.getValue())
                        : ActionReport.pending(action.getKey(), "still running at the invocation's deadline");
                reports.put(report.action(), report);
            }
        } catch (RuntimeException crash) {
            // Let the redelivery take over at once instead of waiting for the lease to run out.
            releaseQuietly(key, episode);
            throw crash;
        }
        if (unfinished) {
            // An action still runs (and checkpoints when it ends): the lease keeps a redelivery from running it too.
            LOG.warnf("handover %s: actions still running at the deadline; the lease stays until they end",
                    episode.id());
        } else if (reports.values().stream().anyMatch(ActionReport::awaitsRetry)) {
            store.releaseLease(key, episode.id());
        } else {
            store.closeEpisode(key, episode.id());
            if (reports.values().stream().anyMatch(report -> "failed".equals(report.status()))) {
                metrics.episodeFailed(episode.scenario());
            }
        }
        return inPlannedOrder(episode, reports);
    }

    /** Fails what remains for good, e.g. when the bot's configuration no longer has the episode's action. */
    public List<ActionReport> abandon(ConversationKey key, Episode episode, String reason) {
        Map<String, ActionReport> reports = earlier(episode);
        for (String action : episode.remaining()) {
            store.markFailed(key, episode.id(), action, reason);
            reports.put(action, ActionReport.failed(action, reason));
        }
        store.closeEpisode(key, episode.id());
        LOG.errorf("handover %s abandoned: %s", episode.id(), reason);
        metrics.episodeAbandoned(episode.scenario());
        return inPlannedOrder(episode, reports);
    }

    private ActionReport runOne(HandoverAction action, ConversationEvent event, ConversationKey key, Episode episode,
            BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        String id = action.id();
        try {
            String detail = executor.execute(action, event, episode, settings, resumed, deadline);
            store.markDone(key, episode.id(), id, detail);
            return ActionReport.done(id, detail);
        } catch (CrmException e) {
            if (e.retryable()) {
                LOG.warnf("handover %s: %s pending, a redelivery will retry it: %s", episode.id(), id, e.getMessage());
                return ActionReport.pending(id, e.getMessage());
            }
            if (e.kind() == CrmException.Kind.CONFIGURATION) {
                // A rejected token is fixed by an operator, not by the customer: keep the work for the redelivery.
                LOG.errorf("handover %s: %s pending on a CONFIGURATION ERROR: %s", episode.id(), id, e.getMessage());
                return ActionReport.pending(id, "configuration error: " + e.getMessage());
            }
            LOG.errorf("handover %s: %s failed for good: %s", episode.id(), id, e.getMessage());
            store.markFailed(key, episode.id(), id, e.getMessage());
            return ActionReport.failed(id, e.getMessage());
        }
    }

    private static Map<String, ActionReport> earlier(Episode episode) {
        Map<String, ActionReport> reports = new LinkedHashMap<>();
        episode.done().forEach((action, detail) -> reports.put(action, ActionReport.done(action, detail)));
        episode.failed().forEach((action, reason) -> reports.put(action, ActionReport.failed(action, reason)));
        return reports;
    }

    /**
     * Waits for the parallel actions until the deadline and the checkpoint grace: each CRM call is capped at the
     * deadline already, so this only bounds what no cap covers. False when some are still running.
     */
    private static boolean awaitAll(Collection<CompletableFuture<ActionReport>> futures, Deadline deadline) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(ignored -> null)
                    .get(deadline.storeTimeLeft().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static ActionReport unwrap(CompletableFuture<ActionReport> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static List<ActionReport> inPlannedOrder(Episode episode, Map<String, ActionReport> reports) {
        return reports.values().stream()
                .sorted(Comparator.comparingInt(report -> episode.planned().indexOf(report.action())))
                .toList();
    }

    private void releaseQuietly(ConversationKey key, Episode episode) {
        try {
            store.releaseLease(key, episode.id());
        } catch (RuntimeException e) {
            LOG.warnf("could not release the lease of handover %s: %s", episode.id(), e.getMessage());
        }
    }
}
