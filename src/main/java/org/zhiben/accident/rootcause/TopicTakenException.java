package org.zhiben.accident.rootcause;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.zhiben.common.InvalidInputException;

/** The office already picked its topic of that period: a 409 problem naming the {@code period} field. */
class TopicTakenException extends ResponseStatusException {

    TopicTakenException(String message) {
        super(HttpStatus.CONFLICT, message, new InvalidInputException("period", message));
    }
}
