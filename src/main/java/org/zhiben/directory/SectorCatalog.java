package org.zhiben.directory;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.directory.internal.IndustryCategoryRepository;
import org.zhiben.directory.internal.SectorRepository;

/** Reference lists: the 25 supervision sectors and the GB/T 4754 门类. */
@Service
public class SectorCatalog {

    /**
     * A sector (two-digit code, with its lead department) or a GB/T 4754 section (one letter, no department). The name
     * is the Chinese one of the database; {@link #text()} is the page's language, from {@code sector.<code>} or
     * {@code industry.<code>} in {@code i18n/directory_en.properties}.
     */
    public record Entry(String code, String name, String leadDepartment) implements org.zhiben.common.Labelled {

        @Override
        public String label() {
            return name;
        }

        @Override
        public String labelKey() {
            return (code.length() == 1 ? "industry." : "sector.") + code;
        }
    }

    private final SectorRepository sectors;
    private final IndustryCategoryRepository categories;

    SectorCatalog(SectorRepository sectors, IndustryCategoryRepository categories) {
        this.sectors = sectors;
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public List<Entry> sectors() {
        return sectors.findAllByOrderBySortOrder().stream()
                .map(s -> new Entry(s.getCode(), s.getName(), s.getLeadDepartment())).toList();
    }

    @Transactional(readOnly = true)
    public List<Entry> industryCategories() {
        return categories.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .map(c -> new Entry(c.getCode(), c.getName(), null)).toList();
    }
}
