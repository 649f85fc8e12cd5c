package sa.silah.reporting.web;

import java.time.LocalDate;

import sa.silah.reporting.ReportQuery;
import sa.silah.shared.InvalidFieldsException;

/**
 * A report's parameters as the dashboard, its data and its exports receive them, kept as typed so a page can show
 * them again beside their problems.
 */
record ReportParameters(String preset, String year, String from, String to, String departmentId, String serviceId,
        String channel, String kind, String segmentId) {

    /** @throws InvalidFieldsException naming each parameter with a bad value */
    ReportQuery query(LocalDate today) {
        return ReportQuery.parse(preset, year, from, to, departmentId, serviceId, channel, kind, segmentId, today);
    }
}
