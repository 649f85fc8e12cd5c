package sa.silah.reporting;

import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;

/**
 * Which requests a report counts; every part is optional. The segment is the beneficiary's: a request of a
 * beneficiary in two segments counts under either.
 */
public record ReportFilter(Long departmentId, Long serviceId, Channel channel, RequestKind kind, Long segmentId) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return departmentId == null && serviceId == null && channel == null && kind == null && segmentId == null;
    }
}
