package dev.handover.classifier;

import java.util.Optional;

import dev.handover.crm.Deadline;

/** The classifier of a deployment without {@code handover.classifier.enabled}: it never answers. */
public final class DisabledTriggerClassifier implements TriggerClassifier {

    @Override
    public Optional<Boolean> matches(String triggerCondition, String customerText, Deadline deadline) {
        return Optional.empty();
    }
}
