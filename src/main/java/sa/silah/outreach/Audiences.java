package sa.silah.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.catalog.ServiceCatalog;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/**
 * Audiences: how many a filter finds, how many a campaign on these channels would reach and who is left out for want
 * of consent, by their opt-out or for want of an address, and a first few of those reached. Read-only over the
 * registry, assessments, requests and contacts, like the reports.
 */
@Service
@Transactional(readOnly = true)
public class Audiences {

    /** How many people the sample shows. */
    public static final int SAMPLE_SIZE = 10;

    private final NamedParameterJdbcTemplate jdbc;
    private final ServiceCatalog services;
    private final Clock clock;

    Audiences(NamedParameterJdbcTemplate jdbc, ServiceCatalog services, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.clock = clock;
    }

    /** The count for a campaign on these channels (every channel when none is named). */
    public AudienceCount count(AudienceFilter filter, Set<ContactChannel> channels) {
        AudienceQuery query = query(filter, channels);
        return jdbc.queryForObject("""
                select count(*) as matching,
                    coalesce(sum(case when x.consented = 0 then 1 else 0 end), 0) as without_consent,
                    coalesce(sum(case when x.consented = 1 and x.addressed = 1 and x.chosen is null then 1 else 0 end), 0)
                        as opted_out,
                    coalesce(sum(case when x.consented = 1 and x.addressed = 0 then 1 else 0 end), 0) as unreachable,
                    coalesce(sum(case when x.consented = 1 and x.chosen is not null then 1 else 0 end), 0) as reachable
                from (""" + query.sql + ") x", query.parameters, (row, n) -> new AudienceCount(row.getLong("matching"),
                row.getLong("without_consent"), row.getLong("opted_out"), row.getLong("unreachable"),
                row.getLong("reachable")));
    }

    /** The first {@value #SAMPLE_SIZE} people the campaign would reach, by name. */
    public List<AudienceMember> sample(AudienceFilter filter, Set<ContactChannel> channels) {
        AudienceQuery query = query(filter, channels);
        return jdbc.query("select x.id, x.full_name, x.city, x.chosen from (" + query.sql
                + ") x where x.consented = 1 and x.chosen is not null order by x.full_name, x.id fetch first "
                + SAMPLE_SIZE + " rows only", query.parameters, (row, n) -> new AudienceMember(
                        row.getObject("id", UUID.class), AudienceMember.mask(row.getString("full_name")),
                        row.getString("city"), ContactChannel.valueOf(row.getString("chosen"))));
    }

    /** The audience's query for starting a campaign, after the same checks as a count. */
    AudienceQuery query(AudienceFilter filter, Set<ContactChannel> channels) {
        filter.check();
        if (filter.serviceCode() != null && services.findByCode(filter.serviceCode()).isEmpty()) {
            throw new InvalidFieldsException(List.of(new FieldProblem("serviceCode", "outreach.filter.serviceUnknown")));
        }
        Set<ContactChannel> on = channels == null || channels.isEmpty() ? EnumSet.allOf(ContactChannel.class)
                : EnumSet.copyOf(channels);
        return AudienceQuery.of(filter, on, LocalDate.now(clock.withZone(Dates.RIYADH)), clock.instant());
    }
}
