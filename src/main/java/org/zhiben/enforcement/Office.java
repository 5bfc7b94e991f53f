package org.zhiben.enforcement;

/** The enforcement office that inspects, files and numbers its documents: a jurisdiction's code and a name. */
public record Office(String code, String name) {
}
