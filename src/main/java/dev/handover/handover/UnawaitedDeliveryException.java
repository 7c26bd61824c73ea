package dev.handover.handover;

/** An event past the webhook's maximum age that is not a redelivery the function asked for: a possible replay. */
public class UnawaitedDeliveryException extends RuntimeException {

    public UnawaitedDeliveryException(String deliveryId) {
        super("delivery " + deliveryId + " is older than the maximum age and was not awaited", null, false, false);
    }
}
