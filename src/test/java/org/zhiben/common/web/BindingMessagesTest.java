package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/**
 * A form value that cannot be converted gets a message in the form's words, not Spring's English naming Java types:
 * many forms show the first error's default message in their banner.
 */
class BindingMessagesTest {

    enum Colour { RED, GREEN }

    public static class Form {
        private Long version;
        private Colour colour;
        private LocalDate day;
        private String note;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public Colour getColour() { return colour; }
        public void setColour(Colour v) { colour = v; }
        public LocalDate getDay() { return day; }
        public void setDay(LocalDate v) { day = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    @Test
    void unconvertibleValuesAreDescribedInChinese() {
        WebDataBinder binder = new WebDataBinder(new Form(), "form");
        new InputBinding.TextBinding().text(binder);
        binder.setConversionService(new org.springframework.format.support.DefaultFormattingConversionService());
        binder.bind(new MutablePropertyValues(Map.of("version", "abc", "colour", "BLUE", "day", "2026-02-30")));
        WebDataBinder tooLarge = new WebDataBinder(new Form(), "form");
        new InputBinding.TextBinding().text(tooLarge);
        tooLarge.bind(new MutablePropertyValues(Map.of("version", "99999999999999999999")));
        assertThat(tooLarge.getBindingResult().getFieldError("version").getDefaultMessage()).isEqualTo("数值过大");

        var errors = binder.getBindingResult();
        assertThat(errors.getFieldError("version").getDefaultMessage()).isEqualTo("应填写整数");
        assertThat(errors.getFieldError("colour").getDefaultMessage()).isEqualTo("取值无效,请从选项中选择");
        assertThat(errors.getFieldError("day").getDefaultMessage()).isEqualTo("日期格式不正确");
        for (FieldError e : errors.getFieldErrors()) {
            assertThat(e.isBindingFailure()).isTrue();
            assertThat(e.getCodes()).contains("typeMismatch");
            assertThat(Problems.chinese(e.getDefaultMessage())).isTrue();
        }
        // the API's words for the same failure still list an enum's values
        assertThat(Problems.message(errors.getFieldError("colour"))).isEqualTo("应为 RED、GREEN 之一");
    }

    @Test
    void aTextareasLineBreaksCountAsTheBrowserCountsThem() {
        Form form = new Form();
        WebDataBinder binder = new WebDataBinder(form, "form");
        new InputBinding.TextBinding().text(binder);
        // 400 lines of 9 characters: 3,999 characters in the browser (maxlength), 4,398 as sent with CRLF
        binder.bind(new MutablePropertyValues(Map.of("note", String.join("\r\n",
                java.util.Collections.nCopies(400, "隐患整改情况说明记")))));
        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        assertThat(form.getNote()).hasSize(3_999).doesNotContain("\r");
    }
}
