package org.zhiben.hazard.ledger;

import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhiben.hazard.HazardCount;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;

/**
 * The filters of the hazard list, its API and the 台账 export, bound from request parameters. Unknown enum values fail
 * binding (400 on the API, a message on the page). {@code ageOver} N keeps hazards found more than N days before
 * today (found_on before today minus N days); {@code from}/{@code to} bound found_on inclusively, or the column the
 * {@code figure} names (closed_on for the closed counts). {@code figure} keeps the hazards a dashboard figure counts
 * ({@link HazardCount}), so the list behind a figure has exactly its rows.
 */
public class LedgerFilter {

    /** Open (not closed, not rejected) or closed (销号). */
    public enum Status { OPEN, CLOSED }

    /** Enterprise self-inspection sources or the government channels. */
    public enum Channel { ENTERPRISE, GOVERNMENT }

    /** Found before the baseline date (存量) or on/after it (增量). */
    public enum Stock { STOCK, INCREMENT }

    private @Size(max = 64) String region;
    private @Size(max = 64) String sector;
    private HazardLevel level;
    private HazardState state;
    private Status status;
    private Boolean overdue;
    private Channel channel;
    private HazardSource source;
    private Integer ageOver;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private @Size(max = 100) String q;
    private Stock stock;
    private Boolean duplicates;
    private java.util.UUID enterpriseId;
    private HazardCount figure;
    private Boolean direct;

    public static LedgerFilter none() {
        return new LedgerFilter();
    }

    /** The filters as a query string (for export and paging links), empty values left out. */
    public String toQuery() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region);
        m.put("sector", sector);
        m.put("level", level);
        m.put("state", state);
        m.put("status", status);
        m.put("overdue", overdue);
        m.put("channel", channel);
        m.put("source", source);
        m.put("ageOver", ageOver);
        m.put("from", from);
        m.put("to", to);
        m.put("q", q);
        m.put("stock", stock);
        m.put("duplicates", duplicates);
        m.put("enterpriseId", enterpriseId);
        m.put("figure", figure);
        m.put("direct", direct);
        return m.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getRegion() {
        return blankToNull(region);
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getSector() {
        return blankToNull(sector);
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public HazardLevel getLevel() {
        return level;
    }

    public void setLevel(HazardLevel level) {
        this.level = level;
    }

    public HazardState getState() {
        return state;
    }

    public void setState(HazardState state) {
        this.state = state;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public void setOverdue(Boolean overdue) {
        this.overdue = overdue;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public HazardSource getSource() {
        return source;
    }

    public void setSource(HazardSource source) {
        this.source = source;
    }

    public Integer getAgeOver() {
        return ageOver;
    }

    public void setAgeOver(Integer ageOver) {
        this.ageOver = ageOver;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getQ() {
        return blankToNull(q);
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Stock getStock() {
        return stock;
    }

    public void setStock(Stock stock) {
        this.stock = stock;
    }

    public Boolean getDuplicates() {
        return duplicates;
    }

    public void setDuplicates(Boolean duplicates) {
        this.duplicates = duplicates;
    }

    public java.util.UUID getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(java.util.UUID enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public HazardCount getFigure() {
        return figure;
    }

    public void setFigure(HazardCount figure) {
        this.figure = figure;
    }

    /** With {@code region}: only records placed at the region itself, not in its sub-regions ("(直属)"). */
    public Boolean getDirect() {
        return direct;
    }

    public void setDirect(Boolean direct) {
        this.direct = direct;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
