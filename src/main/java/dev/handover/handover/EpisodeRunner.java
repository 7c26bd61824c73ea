package dev.handover.handover;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import dev.handover.crm.CrmException;

/**
 * Runs the actions of an episode that are not yet done, checkpointing each one as it completes, so that a
 * redelivery after a crash or a CRM outage finishes the rest exactly once.
 */
@ApplicationScoped
public class EpisodeRunner {

    private static final Logger LOG = Logger.getLogger(EpisodeRunner.class);

    private final ActionExecutor executor;
    private final ConversationStore store;

    public EpisodeRunner(ActionExecutor executor, ConversationStore store) {
        this.executor = executor;
        this.store = store;
    }

    /** Runs what remains and reports on every planned action, including those finished earlier. */
    public List<ActionReport> run(ConversationEvent event, ConversationKey key, Episode episode,
            BotProfile.Handover settings) {
        List<ActionReport> reports = new ArrayList<>();
        episode.done().forEach((action, detail) -> reports.add(ActionReport.done(action, detail)));
        episode.failed().forEach((action, reason) -> reports.add(ActionReport.failed(action, reason)));
        Episode current = episode;
        boolean waiting = false;
        for (String id : episode.remaining()) {
            HandoverAction action = HandoverAction.fromId(id);
            if (waiting) {
                reports.add(ActionReport.pending(id, "waits for the assignment"));
                continue;
            }
            ActionReport report = runOne(action, event, key, current, settings);
            reports.add(report);
            if (report.isPending() && action == HandoverAction.ASSIGN) {
                // The task goes to whoever ends up owning the contact: settle that first.
                waiting = true;
            }
            if ("done".equals(report.status())) {
                current = withDone(current, id, report.detail());
            }
        }
        if (reports.stream().anyMatch(ActionReport::isPending)) {
            store.releaseLease(key, episode.id());
        } else {
            store.closeEpisode(key, episode.id());
        }
        return reports;
    }

    /** Fails what remains for good, e.g. when the bot's configuration no longer has the episode's action. */
    public List<ActionReport> abandon(ConversationKey key, Episode episode, String reason) {
        List<ActionReport> reports = new ArrayList<>();
        episode.done().forEach((action, detail) -> reports.add(ActionReport.done(action, detail)));
        episode.failed().forEach((action, failure) -> reports.add(ActionReport.failed(action, failure)));
        for (String action : episode.remaining()) {
            store.markFailed(key, episode.id(), action, reason);
            reports.add(ActionReport.failed(action, reason));
        }
        store.closeEpisode(key, episode.id());
        LOG.errorf("handover %s abandoned: %s", episode.id(), reason);
        return reports;
    }

    private ActionReport runOne(HandoverAction action, ConversationEvent event, ConversationKey key, Episode episode,
            BotProfile.Handover settings) {
        String id = action.id();
        try {
            String detail = executor.execute(action, event, episode, settings);
            store.markDone(key, episode.id(), id, detail);
            return ActionReport.done(id, detail);
        } catch (CrmException e) {
            if (e.retryable()) {
                LOG.warnf("handover %s: %s pending, a redelivery will retry it: %s", episode.id(), id, e.getMessage());
                return ActionReport.pending(id, e.getMessage());
            }
            LOG.errorf("handover %s: %s failed for good: %s", episode.id(), id, e.getMessage());
            store.markFailed(key, episode.id(), id, e.getMessage());
            return ActionReport.failed(id, e.getMessage());
        }
    }

    private static Episode withDone(Episode episode, String action, String detail) {
        var done = new java.util.LinkedHashMap<>(episode.done());
        done.put(action, detail);
        return new Episode(episode.id(), episode.scenario(), episode.reason(), episode.startedAt(), episode.open(),
                episode.planned(), done, episode.failed());
    }
}
