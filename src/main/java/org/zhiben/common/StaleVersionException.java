package org.zhiben.common;

/** An edit was based on an older version than the stored one: the user must reload, nothing is overwritten. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("该记录已被他人修改,请刷新页面后重新编辑(您的修改未保存)");
    }
}
