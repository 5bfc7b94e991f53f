package org.zhiben.directory.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * A government department at some level. A comprehensive one (应急管理局) oversees all sectors; others only the
 * sectors they lead.
 */
@Entity
@Table(name = "directory_department")
public class Department {

    @Id
    private UUID id;
    private String regionCode;
    private String name;
    private boolean comprehensive;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_department_sector", joinColumns = @JoinColumn(name = "department_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new HashSet<>();

    protected Department() {
    }

    public Department(String regionCode, String name, boolean comprehensive, Set<String> sectors) {
        this.id = Ids.newId();
        this.regionCode = regionCode;
        this.name = name;
        this.comprehensive = comprehensive;
        this.sectors = new HashSet<>(sectors);
    }

    /** The sectors its officials may see, or empty when it sees all. */
    public Optional<Set<String>> sectorLimit() {
        return comprehensive ? Optional.empty() : Optional.of(Set.copyOf(sectors));
    }

    public UUID getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public String getName() { return name; }
    public boolean isComprehensive() { return comprehensive; }
    public Set<String> getSectors() { return sectors; }
}
