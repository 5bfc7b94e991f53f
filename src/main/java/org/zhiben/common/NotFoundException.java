package org.zhiben.common;

/** The record does not exist or lies outside the caller's scope: both answer 404, so scope never leaks existence. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + "不存在或不在您的权限范围内");
    }
}
