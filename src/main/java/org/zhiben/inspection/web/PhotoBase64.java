package org.zhiben.inspection.web;

import org.zhiben.common.InvalidInputException;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.Base64Variants;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A photo sent as base64 in a JSON body, decoded by the parser straight from the request's bytes: read as a
 * {@code String} first, a 200 KB photo was copied several times and scanned for control characters before it was
 * decoded. Padding is optional and whitespace ignored, as before; anything else is the field's message.
 */
final class PhotoBase64 extends ValueDeserializer<byte[]> {

    private static final String MESSAGE = "照片应为 base64 编码的 JPEG 或 PNG";
    private static final Base64Variant LENIENT = Base64Variants.MIME_NO_LINEFEEDS.withPaddingAllowed();

    @Override
    public byte[] deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            throw new InvalidInputException("", MESSAGE);
        }
        try {
            return p.getBinaryValue(LENIENT);
        } catch (JacksonException e) {
            throw new InvalidInputException("", MESSAGE);
        }
    }
}
