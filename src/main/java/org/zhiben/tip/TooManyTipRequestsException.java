package org.zhiben.tip;

/** A client over the public rate limit: answered 429 with the message; nothing was read or written. */
public class TooManyTipRequestsException extends RuntimeException {

    public TooManyTipRequestsException(String message) {
        super(message);
    }
}
