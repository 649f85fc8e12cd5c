package sa.silah.satisfaction;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import sa.silah.casework.RequestKind;
import sa.silah.shared.Channel;

/**
 * What the results are broken down by, copied from the request (or the contact) when the invitation is sent and
 * again onto the response, so that the figures neither change when a request is later reassigned nor need the
 * invitation of an anonymous answer.
 */
@Embeddable
public class Breakdown {

    private Long serviceId;

    private Long departmentId;

    @Enumerated(EnumType.STRING)
    private RequestKind requestKind;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String staffUsername;

    protected Breakdown() {
    }

    Breakdown(Long serviceId, Long departmentId, RequestKind requestKind, Channel channel, String staffUsername) {
        this.serviceId = serviceId;
        this.departmentId = departmentId;
        this.requestKind = requestKind;
        this.channel = channel;
        this.staffUsername = staffUsername;
    }

    Breakdown copy() {
        return new Breakdown(serviceId, departmentId, requestKind, channel, staffUsername);
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public RequestKind getRequestKind() {
        return requestKind;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getStaffUsername() {
        return staffUsername;
    }
}
