package sa.silah.activity.api;

import java.time.Instant;
import java.util.UUID;

import sa.silah.activity.Registration;
import sa.silah.activity.RegistrationStatus;
import sa.silah.activity.RegistrationVia;

/** A registration; {@code attended} is null until attendance is recorded. */
record RegistrationResponse(UUID id, UUID activityId, UUID beneficiaryId, RegistrationStatus status,
        RegistrationVia via, Instant registeredAt, Instant promotedAt, Instant cancelledAt, Boolean attended,
        Instant attendanceRecordedAt, String certificateNumber) {

    static RegistrationResponse of(Registration registration) {
        return new RegistrationResponse(registration.getId(), registration.getActivityId(),
                registration.getBeneficiaryId(), registration.getStatus(), registration.getVia(),
                registration.getRegisteredAt(), registration.getPromotedAt(), registration.getCancelledAt(),
                registration.isAttendanceRecorded() ? registration.isAttended() : null,
                registration.getAttendanceRecordedAt(), registration.getCertificateNumber());
    }
}
