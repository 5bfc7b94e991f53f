package org.zhiben.notify.internal;

/**
 * Thrown by a channel listener after it tried every target and some failed: the event publication stays incomplete,
 * so the redelivery job runs the listener again, which skips the targets already reached.
 */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message) {
        super(message);
    }
}
