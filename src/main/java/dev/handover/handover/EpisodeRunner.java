package dev.handover.handover;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotProfile;
import dev.handover.conversation.Checkpoint;
import dev.handover.conversation.Checkpoint.Ending;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.Episode;
import dev.handover.conversation.EpisodeCheckpoints;
import dev.handover.crm.CrmException;
import dev.handover.crm.Deadline;
import dev.handover.observe.LogFields;
import dev.handover.observe.Metrics;

/**
 * Runs the actions of an episode that are not yet done, then writes one checkpoint with every action's result that
 * closes the episode, or releases its lease when something waits for a retry, so that a redelivery after a crash or
 * a CRM outage finishes the rest exactly once. The assignment runs first (the task goes to whoever ends up owning the
 * contact); the task, the closing message and the tags then run in parallel, the handover's tags and the pause tag
 * in one CRM call ({@link TagsInOneCall}).
 *
 * <p>Between a CRM call and the checkpoint nothing records that the call was made: a crash there leaves the actions
 * to the redelivery, which runs them as resumed, looking at the CRM before repeating any write (see
 * {@link dev.handover.crm.CrmGateway}). An action still running at the invocation's deadline checkpoints itself when
 * it ends; the lease keeps a redelivery from running it meanwhile.
 */
@ApplicationScoped
public class EpisodeRunner {

    /** Kept for the checkpoint before the answer is due, when actions run that long. */
    private static final Duration CHECKPOINT_TIME = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(EpisodeRunner.class);

    private final ActionExecutor executor;
    private final TagsInOneCall tags;
    private final EpisodeCheckpoints checkpoints;
    private final ActionThreads threads;
    private final Metrics metrics;

    public EpisodeRunner(ActionExecutor executor, TagsInOneCall tags, EpisodeCheckpoints checkpoints,
            ActionThreads threads, Metrics metrics) {
        this.executor = executor;
        this.tags = tags;
        this.checkpoints = checkpoints;
        this.threads = threads;
        this.metrics = metrics;
    }

    /**
     * Runs what remains and reports on every planned action, including those finished earlier.
     *
     * @param lease the lease mark this invocation holds the episode with
     * @param resumed the episode ran before, in an invocation that did not finish it
     */
    public List<ActionReport> run(ConversationEvent event, ConversationKey key, Episode episode, String lease,
            BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        EpisodeResults results = new EpisodeResults(episode);
        List<String> remaining = new ArrayList<>(episode.remaining());
        Map<String, CompletableFuture<ActionReport>> running = new LinkedHashMap<>();
        RuntimeException crash = null;
        try {
            Episode current = episode;
            if (remaining.remove(HandoverAction.ASSIGN.id())) {
                ActionReport assign = runOne(HandoverAction.ASSIGN, event, current, settings, resumed, deadline);
                results.add(assign);
                if (assign.awaitsRetry()) {
                    remaining.forEach(id -> results.add(ActionReport.pending(id, "waits for the assignment")));
                    remaining.clear();
                } else if ("done".equals(assign.status())) {
                    // The task's owner: known from here on, though only the checkpoint records it.
                    current = episode.withDone(assign.action(), assign.detail());
                }
            }
            Episode assigned = current;
            if (remaining.containsAll(TagsInOneCall.ACTIONS)) {
                remaining.removeAll(TagsInOneCall.ACTIONS);
                CompletableFuture<List<ActionReport>> both = CompletableFuture.supplyAsync(LogFields.carried(
                        () -> tags.run(event, assigned, settings, resumed, deadline)), threads.executor());
                running.put(HandoverAction.TAGS.id(), both.thenApply(reports -> reports.get(0)));
                running.put(HandoverAction.PAUSE_TAG.id(), both.thenApply(reports -> reports.get(1)));
            }
            remaining.forEach(id -> running.put(id, CompletableFuture.supplyAsync(LogFields.carried(() -> runOne(
                    HandoverAction.fromId(id), event, assigned, settings, resumed, deadline)), threads.executor())));
            awaitAll(running.values(), deadline);
        } catch (RuntimeException e) {
            crash = e;
        }
        Map<String, CompletableFuture<ActionReport>> stragglers = new LinkedHashMap<>();
        for (Map.Entry<String, CompletableFuture<ActionReport>> action : running.entrySet()) {
            if (!action.getValue().isDone()) {
                stragglers.put(action.getKey(), action.getValue());
                results.add(ActionReport.pending(action.getKey(), "still running at the invocation's deadline"));
                continue;
            }
            try {
                results.add(unwrap(action.getValue()));
            } catch (RuntimeException e) {
                crash = crash == null ? e : crash;
            }
        }
        finish(key, episode, lease, results, stragglers, crash != null);
        if (crash != null) {
            throw crash;
        }
        return results.inPlannedOrder();
    }

    /** Fails what remains for good, e.g. when the bot's configuration no longer has the episode's action. */
    public List<ActionReport> abandon(ConversationKey key, Episode episode, String lease, String reason) {
        EpisodeResults results = new EpisodeResults(episode);
        episode.remaining().forEach(action -> results.add(ActionReport.failed(action, reason)));
        write(key, episode, lease, results.checkpoint(Ending.CLOSE));
        LOG.errorf("handover %s abandoned: %s", episode.id(), reason);
        metrics.episodeAbandoned(episode.scenario());
        return results.inPlannedOrder();
    }

    /**
     * The invocation's checkpoint: the episode closed once every action is done or failed for good, released when
     * one waits for a retry or the invocation crashed (the redelivery takes over at once), kept while actions still
     * run (the last of them to end closes or releases it).
     */
    private void finish(ConversationKey key, Episode episode, String lease, EpisodeResults results,
            Map<String, CompletableFuture<ActionReport>> stragglers, boolean crashed) {
        if (!stragglers.isEmpty()) {
            LOG.warnf("handover %s: %s still running at the deadline; the lease stays until they end", episode.id(),
                    stragglers.keySet());
            checkpointWhenDone(key, episode, lease, results, stragglers);
            writeQuietly(key, episode, lease, results.checkpoint(Ending.KEEP));
        } else if (crashed) {
            writeQuietly(key, episode, lease, results.checkpoint(Ending.RELEASE));
        } else if (results.settled()) {
            if (write(key, episode, lease, results.checkpoint(Ending.CLOSE)) && results.anyFailed()) {
                metrics.episodeFailed(episode.scenario());
            }
        } else {
            write(key, episode, lease, results.checkpoint(Ending.RELEASE));
        }
    }

    /**
     * Each action still running at the deadline records its result when it ends, with every other result known by
     * then (the writes only add results, so their order does not matter); the last one closes or releases.
     */
    private void checkpointWhenDone(ConversationKey key, Episode episode, String lease, EpisodeResults results,
            Map<String, CompletableFuture<ActionReport>> stragglers) {
        AtomicInteger stillRunning = new AtomicInteger(stragglers.size());
        stragglers.forEach((id, future) -> future.whenComplete((report, failure) -> {
            if (report != null) {
                results.add(report);
            } else {
                LOG.errorf("handover %s: %s failed after the deadline: %s", episode.id(), id, failure.toString());
            }
            boolean last = stillRunning.decrementAndGet() == 0;
            Ending ending = !last ? Ending.KEEP : results.settled() ? Ending.CLOSE : Ending.RELEASE;
            if (writeQuietly(key, episode, lease, results.checkpoint(ending)) && ending == Ending.CLOSE
                    && results.anyFailed()) {
                metrics.episodeFailed(episode.scenario());
            }
        }));
    }

    /**
     * Writes the checkpoint; false when another invocation has taken the episode over. Should a close fail, one
     * release follows, so that the redelivery need not wait for the lease to run out.
     */
    private boolean write(ConversationKey key, Episode episode, String lease, Checkpoint checkpoint) {
        boolean held;
        try {
            held = checkpoints.record(key, episode.id(), lease, checkpoint);
        } catch (RuntimeException e) {
            if (checkpoint.ending() == Ending.CLOSE) {
                writeQuietly(key, episode, lease, checkpoint.released());
            }
            throw e;
        }
        if (!held) {
            // The taker runs the actions as resumed: it looks at the CRM before repeating any of them.
            LOG.warnf("handover %s was taken over by another invocation: this checkpoint was not written",
                    episode.id());
        }
        return held;
    }

    private boolean writeQuietly(ConversationKey key, Episode episode, String lease, Checkpoint checkpoint) {
        try {
            return write(key, episode, lease, checkpoint);
        } catch (RuntimeException e) {
            LOG.warnf("could not write the checkpoint of handover %s: %s", episode.id(), e.getMessage());
            return false;
        }
    }

    private ActionReport runOne(HandoverAction action, ConversationEvent event, Episode episode,
            BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        String id = action.id();
        try {
            return ActionReport.done(id, executor.execute(action, event, episode, settings, resumed, deadline));
        } catch (CrmException e) {
            return CrmFailureReport.of(id, episode.id(), e);
        }
    }

    /**
     * Waits for the parallel actions until the checkpoint must be written for the answer to be in time: each CRM call
     * is capped at the deadline already, so this only bounds what no cap covers. Those still running then are left
     * to checkpoint themselves.
     */
    private static void awaitAll(Collection<CompletableFuture<ActionReport>> futures, Deadline deadline) {
        try {
            long wait = Math.max(0, deadline.storeTimeLeft().minus(CHECKPOINT_TIME).toMillis());
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(ignored -> null)
                    .get(wait, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Read per action by the caller.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ActionReport unwrap(CompletableFuture<ActionReport> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
