package sa.silah.outreach;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import sa.silah.assessment.NeedLevel;
import sa.silah.beneficiary.ContactChannel;

/**
 * An audience as one SQL select over the registry, read-only like the reports read other modules' tables: one row per
 * matching beneficiary with whether they consented to outreach, whether the campaign's channels have an address for
 * them, and the channel chosen (null when none reaches them). Counting, the sample and starting a campaign all use it,
 * so the count shown is the count queued.
 */
final class AudienceQuery {

    /**
     * Whether the beneficiary gave outreach consent and has not withdrawn it (the purpose is opt-in), as a condition on
     * one row.
     */
    static final String CONSENTED = """
            exists (select 1 from consent c where c.beneficiary_id = b.id and c.purpose = 'OUTREACH'
                and c.given_at is not null and c.withdrawn_at is null)""";

    final String sql;
    final MapSqlParameterSource parameters;

    private AudienceQuery(String sql, MapSqlParameterSource parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /** The rows of everyone the filter finds; {@code channels} are those the campaign has a message for. */
    static AudienceQuery of(AudienceFilter filter, Set<ContactChannel> channels, LocalDate today, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where b.anonymised_at is null");
        if (!filter.segmentCodes().isEmpty()) {
            where.append(" and exists (select 1 from beneficiary_segment bs join segment s on s.id = bs.segment_id"
                    + " where bs.beneficiary_id = b.id and s.code in (:segments))");
            parameters.addValue("segments", filter.segmentCodes());
        }
        if (!filter.cities().isEmpty()) {
            where.append(" and b.city in (:cities)");
            parameters.addValue("cities", filter.cities());
        }
        if (filter.beneficiaryType() != null) {
            where.append(" and b.type = :type");
            parameters.addValue("type", filter.beneficiaryType().name());
        }
        if (filter.minimumNeedLevel() != null) {
            // The latest verified assessment, still valid today, at the level or above.
            where.append("""
                     and exists (select 1 from assessment a where a.beneficiary_id = b.id and a.status = 'VERIFIED'
                        and a.valid_until >= :today and a.need_level in (:levels)
                        and not exists (select 1 from assessment n where n.beneficiary_id = a.beneficiary_id
                            and n.status = 'VERIFIED'
                            and (n.verified_at > a.verified_at or (n.verified_at = a.verified_at and n.id > a.id))))""");
            parameters.addValue("today", Date.valueOf(today));
            parameters.addValue("levels", Arrays.stream(NeedLevel.values())
                    .filter(level -> level.compareTo(filter.minimumNeedLevel()) >= 0).map(Enum::name).toList());
        }
        if (filter.householdFrom() != null || filter.householdTo() != null) {
            String size = "(1 + (select count(*) from household_member hm where hm.head_id = b.id))";
            where.append(" and b.type = 'INDIVIDUAL'");
            if (filter.householdFrom() != null) {
                where.append(" and ").append(size).append(" >= :householdFrom");
                parameters.addValue("householdFrom", filter.householdFrom());
            }
            if (filter.householdTo() != null) {
                where.append(" and ").append(size).append(" <= :householdTo");
                parameters.addValue("householdTo", filter.householdTo());
            }
        }
        if (filter.ageFrom() != null) {
            where.append(" and b.birth_date <= :bornBy");
            parameters.addValue("bornBy", Date.valueOf(today.minusYears(filter.ageFrom())));
        }
        if (filter.ageTo() != null) {
            where.append(" and b.birth_date > :bornAfter");
            parameters.addValue("bornAfter", Date.valueOf(today.minusYears(filter.ageTo() + 1L)));
        }
        if (filter.serviceCode() != null) {
            boolean received = filter.receivedWithinMonths() != null;
            int months = received ? filter.receivedWithinMonths() : filter.notReceivedWithinMonths();
            where.append(received ? " and exists" : " and not exists").append("""
                     (select 1 from request r join service_offering so on so.id = r.service_id
                        where r.beneficiary_id = b.id and so.code = :service and r.status = 'RESOLVED'
                        and r.closed_at >= :receivedSince)""");
            parameters.addValue("service", filter.serviceCode());
            parameters.addValue("receivedSince", Timestamp.from(today.minusMonths(months)
                    .atStartOfDay(sa.silah.shared.Dates.RIYADH).toInstant()));
        }
        if (filter.hasOpenRequest() != null) {
            where.append(filter.hasOpenRequest() ? " and exists" : " and not exists").append("""
                     (select 1 from request o where o.beneficiary_id = b.id
                        and o.status in ('SUBMITTED', 'IN_PROGRESS', 'AWAITING_BENEFICIARY'))""");
        }
        if (filter.lastContactOlderThanDays() != null) {
            where.append(" and not exists (select 1 from interaction i where i.beneficiary_id = b.id"
                    + " and i.occurred_at >= :contactSince)");
            parameters.addValue("contactSince", Timestamp.from(now.truncatedTo(ChronoUnit.MICROS)
                    .minus(filter.lastContactOlderThanDays(), ChronoUnit.DAYS)));
        }
        // Consent and opt-outs as outer joins rather than a subquery per row: the whole audience in one pass.
        StringBuilder from = new StringBuilder(" from beneficiary b left join (select c.beneficiary_id from consent c"
                + " where c.purpose = 'OUTREACH' and c.given_at is not null and c.withdrawn_at is null"
                + " group by c.beneficiary_id) oc on oc.beneficiary_id = b.id");
        for (ContactChannel channel : channels) {
            from.append(" left join channel_opt_out ").append(optOutAlias(channel)).append(" on ")
                    .append(optOutAlias(channel)).append(".beneficiary_id = b.id and ").append(optOutAlias(channel))
                    .append(".channel = '").append(channel.name()).append("'");
        }
        String sql = "select b.id, b.full_name, b.city, b.language, case when oc.beneficiary_id is not null"
                + " then 1 else 0 end as consented, " + addressed(channels) + " as addressed, " + chosen(channels)
                + " as chosen" + from + where;
        return new AudienceQuery(sql, parameters);
    }

    /** Whether the beneficiary has an address on one of the channels, opted out or not. */
    private static String addressed(Set<ContactChannel> channels) {
        return "case when " + channels.stream().map(AudienceQuery::hasAddress)
                .collect(Collectors.joining(" or ", "(", ")")) + " then 1 else 0 end";
    }

    /**
     * The preferred channel when the campaign has a message for it and it reaches them, else the first of the
     * campaign's channels that does; null when none does.
     */
    private static String chosen(Set<ContactChannel> channels) {
        List<ContactChannel> ordered = channels.stream().sorted().toList();
        StringBuilder choice = new StringBuilder("case");
        for (ContactChannel channel : ordered) {
            choice.append(" when b.preferred_channel = '").append(channel.name()).append("' and ")
                    .append(joinedReaches(channel)).append(" then '").append(channel.name()).append("'");
        }
        for (ContactChannel channel : ordered) {
            choice.append(" when ").append(joinedReaches(channel)).append(" then '").append(channel.name())
                    .append("'");
        }
        return choice.append(" end").toString();
    }

    private static String joinedReaches(ContactChannel channel) {
        return hasAddress(channel, "b") + " and b.opt_out_" + channel.name().toLowerCase() + " = false and "
                + optOutAlias(channel) + ".beneficiary_id is null";
    }

    private static String optOutAlias(ContactChannel channel) {
        return "oo_" + channel.name().toLowerCase();
    }

    /**
     * An address on the channel and no opt-out of it, in the registry or by the person's word to outreach, as a
     * condition on one row (for re-checking the few recipients of a release).
     */
    static String reaches(ContactChannel channel, String alias) {
        return hasAddress(channel, alias) + " and " + alias + ".opt_out_" + channel.name().toLowerCase()
                + " = false and not exists (select 1 from channel_opt_out oo where oo.beneficiary_id = " + alias
                + ".id and oo.channel = '" + channel.name() + "')";
    }

    private static String hasAddress(ContactChannel channel) {
        return hasAddress(channel, "b");
    }

    private static String hasAddress(ContactChannel channel, String alias) {
        return alias + (channel == ContactChannel.EMAIL ? ".email" : ".mobile") + " is not null";
    }
}
