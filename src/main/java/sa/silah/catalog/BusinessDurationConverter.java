package sa.silah.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import sa.silah.sla.BusinessDuration;

/** Stores a business duration as its whole minutes, so that the database can compare and sum them. */
@Converter
class BusinessDurationConverter implements AttributeConverter<BusinessDuration, Long> {

    @Override
    public Long convertToDatabaseColumn(BusinessDuration duration) {
        return duration == null ? null : duration.minutes();
    }

    @Override
    public BusinessDuration convertToEntityAttribute(Long minutes) {
        return minutes == null ? null : BusinessDuration.ofMinutes(minutes);
    }
}
