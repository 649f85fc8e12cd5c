package sa.silah.privacy.web;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import sa.silah.privacy.Breach;
import sa.silah.privacy.BreachDetails;
import sa.silah.privacy.BreachRiskLevel;
import sa.silah.privacy.DataCategory;

/** The page form of a breach; times are entered in Riyadh time. */
public class BreachForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime discoveredAt;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime occurredAt;
    private String description;
    private Set<DataCategory> dataCategories = EnumSet.noneOf(DataCategory.class);
    private Integer affectedCount;
    private BreachRiskLevel riskLevel;
    private String containmentActions;

    static BreachForm of(Breach breach) {
        BreachForm form = new BreachForm();
        form.discoveredAt = RiyadhTime.local(breach.getDiscoveredAt());
        form.occurredAt = RiyadhTime.local(breach.getOccurredAt());
        form.description = breach.getDescription();
        form.dataCategories = breach.getDataCategories();
        form.affectedCount = breach.getAffectedCount();
        form.riskLevel = breach.getRiskLevel();
        form.containmentActions = breach.getContainmentActions();
        return form;
    }

    BreachDetails toDetails() {
        return new BreachDetails(RiyadhTime.instant(discoveredAt), RiyadhTime.instant(occurredAt), description,
                dataCategories, affectedCount, riskLevel, containmentActions);
    }

    public LocalDateTime getDiscoveredAt() {
        return discoveredAt;
    }

    public void setDiscoveredAt(LocalDateTime discoveredAt) {
        this.discoveredAt = discoveredAt;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<DataCategory> getDataCategories() {
        return dataCategories;
    }

    public void setDataCategories(Set<DataCategory> dataCategories) {
        this.dataCategories = dataCategories;
    }

    public Integer getAffectedCount() {
        return affectedCount;
    }

    public void setAffectedCount(Integer affectedCount) {
        this.affectedCount = affectedCount;
    }

    public BreachRiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(BreachRiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getContainmentActions() {
        return containmentActions;
    }

    public void setContainmentActions(String containmentActions) {
        this.containmentActions = containmentActions;
    }
}
