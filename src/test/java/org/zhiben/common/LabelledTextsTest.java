package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every enum with a Chinese label has an English text, in one of the bundles the application loads, with no CJK left
 * in it; Chinese pages and work outside a request keep the Chinese label.
 */
class LabelledTextsTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    static ResourceBundleMessageSource applicationMessages() throws IOException {
        String yml = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("messages:\\s*\\n\\s*basename:\\s*(\\S+)").matcher(yml);
        assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(m.group(1).split(","));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Enum<?>>> labelledEnums() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
        List<Class<? extends Enum<?>>> found = new ArrayList<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.zhiben")) {
            Class<?> type = Class.forName(d.getBeanClassName());
            if (type.isEnum()) {
                found.add((Class<? extends Enum<?>>) type);
            }
        }
        return found;
    }

    @Test
    void everyLabelledEnumHasAnEnglishTextWithoutChinese() throws Exception {
        ResourceBundleMessageSource messages = applicationMessages();
        List<Class<? extends Enum<?>>> enums = labelledEnums();
        assertThat(enums).as("the scan finds the label-bearing enums").hasSizeGreaterThan(80)
                .contains(org.zhiben.hazard.HazardState.class, org.zhiben.accident.ReportingClock.Status.class);
        List<String> missing = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Labelled l = (Labelled) constant;
                String english = messages.getMessage(l.labelKey(), null, null, Locale.ENGLISH);
                if (english == null || english.isBlank()) {
                    missing.add(l.labelKey() + "=" + l.label());
                } else if (CJK.matcher(english).find()) {
                    chinese.add(l.labelKey() + "=" + english);
                }
            }
        }
        assertThat(missing).as("English texts missing (key=Chinese label)").isEmpty();
        assertThat(chinese).as("English texts still in Chinese").isEmpty();
    }

    @Test
    void everyEnumWithAChineseLabelIsLabelled() throws Exception {
        // an enum with a label() but not Labelled would escape the test above: find them by their method
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getSuperClassName() != null
                && reader.getClassMetadata().getSuperClassName().equals(Enum.class.getName()));
        List<String> unlabelled = new ArrayList<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.zhiben")) {
            Class<?> type = Class.forName(d.getBeanClassName());
            boolean hasLabel = Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.getName().equals("label") && m.getParameterCount() == 0
                            && m.getReturnType() == String.class);
            if (hasLabel && !Labelled.class.isAssignableFrom(type)) {
                unlabelled.add(type.getName());
            }
        }
        assertThat(unlabelled).as("enums with label() that are not Labelled").isEmpty();
    }

    @Test
    void chineseAndNoRequestKeepTheChineseLabel() throws Exception {
        new Labels(applicationMessages());
        var state = org.zhiben.hazard.HazardState.AWAITING_ACCEPTANCE;
        assertThat(state.labelKey()).isEqualTo("enum.hazard.HazardState.AWAITING_ACCEPTANCE");
        assertThat(org.zhiben.accident.ReportingClock.Status.OVERDUE.labelKey())
                .isEqualTo("enum.accident.ReportingClock.Status.OVERDUE");
        assertThat(state.text()).as("outside a request").isEqualTo("待验收");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(state.text()).isEqualTo("待验收");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(state.text()).isEqualTo("Awaiting acceptance");
        assertThat(state.label()).as("label() stays Chinese for APIs and documents").isEqualTo("待验收");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(state.text()).as("a language without texts falls back to Chinese").isEqualTo("待验收");
    }

    @Test
    void everySectorAndIndustrySectionOfTheSeedHasAnEnglishName() throws Exception {
        ResourceBundleMessageSource messages = applicationMessages();
        String seed = new ClassPathResource("db/migration/V3__directory.sql").getContentAsString(StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        int sectors = 0;
        int sections = 0;
        Matcher sector = Pattern.compile("\\('(\\d{2})', '[^']+', '[^']+', \\d+\\)").matcher(seed);
        while (sector.find()) {
            sectors++;
            check(messages, "sector." + sector.group(1), missing);
        }
        Matcher section = Pattern.compile("\\('([A-T])', '[^']+'\\)").matcher(seed);
        while (section.find()) {
            sections++;
            check(messages, "industry." + section.group(1), missing);
        }
        assertThat(sectors).isEqualTo(25);
        assertThat(sections).isEqualTo(20);
        assertThat(missing).isEmpty();
    }

    private static void check(ResourceBundleMessageSource messages, String key, List<String> missing) {
        String english = messages.getMessage(key, null, null, Locale.ENGLISH);
        if (english == null || CJK.matcher(english).find()) {
            missing.add(key);
        }
    }
}
