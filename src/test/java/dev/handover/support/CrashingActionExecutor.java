package dev.handover.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.Episode;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;
import dev.handover.handover.ActionExecutor;
import dev.handover.handover.HandoverAction;
import dev.handover.handover.PauseTagAction;
import dev.handover.handover.TaskAction;

/**
 * The real {@link ActionExecutor}, which can be armed, per action, to crash right after the action's CRM call (a
 * bug in one thread while the others run on), or to stall after it (a thread the machine did not run for a while:
 * its result comes after the invocation's deadline). Replaces the executor in every
 * {@code @QuarkusTest}; unarmed, it is exactly the real one. A singleton, as {@link CrashingEpisodeCheckpoints} is.
 */
@Alternative
@Priority(1)
@Singleton
public class CrashingActionExecutor extends ActionExecutor {

    private final Map<HandoverAction, Boolean> crashAfter = new ConcurrentHashMap<>();
    private final Map<HandoverAction, Duration> stallAfter = new ConcurrentHashMap<>();

    @Inject
    public CrashingActionExecutor(CrmGateway crm, PauseTagAction pauseTag, TaskAction tasks, BotDirectory bots) {
        super(crm, pauseTag, tasks, bots);
    }

    /** The next run of {@code action} crashes once its CRM call has succeeded. */
    public void crashAfterCrmCall(HandoverAction action) {
        crashAfter.put(action, true);
    }

    /** The next run of {@code action} waits {@code stall} once its CRM call has succeeded. */
    public void stallAfterCrmCall(HandoverAction action, Duration stall) {
        stallAfter.put(action, stall);
    }

    public void disarm() {
        crashAfter.clear();
        stallAfter.clear();
    }

    @Override
    public String execute(HandoverAction action, ConversationEvent event, Episode episode,
            BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        String result = super.execute(action, event, episode, settings, resumed, deadline);
        Duration stall = stallAfter.remove(action);
        if (stall != null) {
            Webhooks.sleep(stall.toMillis());
        }
        if (crashAfter.remove(action) != null) {
            throw new SimulatedCrash("after the CRM call of " + action.id());
        }
        return result;
    }
}
