package dev.handover.classifier;

import java.util.Optional;

import dev.handover.crm.Deadline;

/**
 * Decides whether a customer's message meets a custom handover action's natural-language trigger condition. It never
 * throws: every failure is "no answer", and the rule-based decision stands.
 */
public interface TriggerClassifier {

    /**
     * @param triggerCondition the condition of the custom action, as the bots document states it
     * @param customerText the customer's message
     * @param deadline when the invocation must have answered; the classification gives up before it
     * @return true when the message meets the condition, false when it does not, empty when there is no answer (the
     *         classifier is disabled, timed out or failed)
     */
    Optional<Boolean> matches(String triggerCondition, String customerText, Deadline deadline);
}
