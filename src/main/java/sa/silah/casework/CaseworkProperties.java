package sa.silah.casework;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import sa.silah.sla.BusinessDuration;

/**
 * How requests are kept: the promised business time of requests that name no service, the share of it
 * after which a request is at risk, where requests without a service go, and the attachment limits.
 *
 * @param durations business time promised per kind when no service sets it (ISO-8601, e.g. {@code P2D})
 * @param atRiskShare at risk once this share of the promised time is used
 * @param defaultDepartment code of the department that receives requests naming no service
 * @param attachmentDirectory where attachments are stored, outside the database
 * @param maxAttachmentSize the largest attachment accepted
 */
@ConfigurationProperties("silah.requests")
public record CaseworkProperties(Map<RequestKind, String> durations, @DefaultValue("0.75") double atRiskShare,
        @DefaultValue("BENEFICIARY_RELATIONS") String defaultDepartment,
        @DefaultValue("./data/attachments") String attachmentDirectory,
        @DefaultValue("10MB") DataSize maxAttachmentSize) {

    private static final Map<RequestKind, String> DEFAULT_DURATIONS = Map.of(
            RequestKind.SERVICE, "P5D", RequestKind.INQUIRY, "P2D", RequestKind.SUGGESTION, "P10D",
            RequestKind.COMPLAINT, "P5D", RequestKind.VOLUNTEERING, "P5D");

    public CaseworkProperties {
        Map<RequestKind, String> merged = new EnumMap<>(DEFAULT_DURATIONS);
        if (durations != null) {
            merged.putAll(durations);
        }
        merged.values().forEach(BusinessDuration::parse);
        durations = Map.copyOf(merged);
        if (atRiskShare <= 0 || atRiskShare >= 1) {
            throw new IllegalArgumentException("silah.requests.at-risk-share must lie between 0 and 1");
        }
    }

    /** The business time promised for a request of this kind that names no service. */
    public BusinessDuration durationOf(RequestKind kind) {
        return BusinessDuration.parse(durations.get(kind));
    }
}
