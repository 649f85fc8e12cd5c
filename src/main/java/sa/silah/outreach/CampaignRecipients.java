package sa.silah.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.ContactChannel;

/** The recipients of campaigns and their replies, in set-based SQL: 100,000 are queued by one insert. */
@Component
class CampaignRecipients {

    /** One recipient due for release, with what is needed to check them again and address them. */
    record Due(long id, UUID beneficiaryId, ContactChannel channel, String language, String mobile,
            String email, boolean consented, boolean reachable) {

        String address() {
            return channel == ContactChannel.EMAIL ? email : mobile;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    CampaignRecipients(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues everyone the audience reaches, in their language when the campaign is written in it on their channel;
     * answers how many.
     */
    int queue(Campaign campaign, AudienceQuery audience) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(audience.parameters.getValues())
                .addValue("campaign", campaign.getId());
        List<String> english = campaign.channels().stream()
                .filter(channel -> campaign.languagesOn(channel).contains("en")).map(Enum::name).toList();
        String language = "'ar'";
        if (!english.isEmpty()) {
            language = "case when x.language = 'en' and x.chosen in (:english) then 'en' else 'ar' end";
            parameters.addValue("english", english);
        }
        return jdbc.update("insert into campaign_recipient (campaign_id, beneficiary_id, channel, language, status)"
                + " select :campaign, x.id, x.chosen, " + language + ", 'PENDING' from (" + audience.sql
                + ") x where x.consented = 1 and x.chosen is not null", parameters);
    }

    /**
     * How many were released on the channel in {@code (since, until]}, by every campaign: the gateway's rate is
     * shared.
     */
    int releasedBetween(ContactChannel channel, Instant since, Instant until) {
        return jdbc.queryForObject("""
                select count(*) from campaign c join campaign_recipient r on r.campaign_id = c.id
                where c.started_at is not null and (c.finished_at is null or c.finished_at > :since)
                    and r.status = 'RELEASED' and r.channel = :channel and r.released_at > :since
                    and r.released_at <= :until""", new MapSqlParameterSource("channel", channel.name())
                        .addValue("since", Timestamp.from(since)).addValue("until", Timestamp.from(until)),
                Integer.class);
    }

    /** The campaign's next recipients on the channel, in the order queued, checked again as they are now. */
    List<Due> due(UUID campaignId, ContactChannel channel, int limit) {
        return jdbc.query("""
                select r.id, r.beneficiary_id, r.channel, r.language, b.mobile, b.email,
                    case when b.anonymised_at is null and %s then 1 else 0 end as consented,
                    case when %s then 1 else 0 end as reachable
                from campaign_recipient r join beneficiary b on b.id = r.beneficiary_id
                where r.campaign_id = :campaign and r.status = 'PENDING' and r.channel = :channel
                order by r.released_at, r.id fetch first %d rows only"""
                .formatted(AudienceQuery.CONSENTED, AudienceQuery.reaches(channel, "b"), limit),
                new MapSqlParameterSource("channel", channel.name()).addValue("campaign", campaignId),
                (row, n) -> new Due(row.getLong("id"), row.getObject("beneficiary_id", UUID.class),
                        ContactChannel.valueOf(row.getString("channel")), row.getString("language"),
                        row.getString("mobile"), row.getString("email"), row.getInt("consented") == 1,
                        row.getInt("reachable") == 1));
    }

    /** Marks a pending recipient released with its message; answers false when it was no longer pending. */
    boolean released(long id, UUID notificationId, Instant at) {
        return jdbc.update("update campaign_recipient set status = 'RELEASED', notification_id = :notification,"
                + " released_at = :at where id = :id and status = 'PENDING'", new MapSqlParameterSource("id", id)
                        .addValue("notification", notificationId)
                        .addValue("at", Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)))) == 1;
    }

    void skipped(long id, String reason) {
        jdbc.update("update campaign_recipient set status = 'SKIPPED', skip_reason = :reason where id = :id"
                + " and status = 'PENDING'", new MapSqlParameterSource("id", id).addValue("reason", reason));
    }

    /** Skips every recipient of the campaign still pending; answers how many. */
    int skipPending(UUID campaignId, String reason) {
        return jdbc.update("update campaign_recipient set status = 'SKIPPED', skip_reason = :reason"
                + " where campaign_id = :campaign and status = 'PENDING'",
                new MapSqlParameterSource("campaign", campaignId).addValue("reason", reason));
    }

    boolean hasPending(UUID campaignId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select case when exists (select 1 from campaign_recipient"
                + " where campaign_id = :campaign and status = 'PENDING') then true else false end",
                new MapSqlParameterSource("campaign", campaignId), Boolean.class));
    }

    /** The progress of these campaigns in one grouped query. */
    Map<UUID, CampaignProgress> progress(Collection<UUID> campaignIds) {
        Map<UUID, CampaignProgress> progress = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return progress;
        }
        jdbc.query("select campaign_id, count(*) as total, count(case when status <> 'PENDING' then 1 end) as done"
                + " from campaign_recipient where campaign_id in (:ids) group by campaign_id",
                new MapSqlParameterSource("ids", campaignIds), row -> {
                    progress.put(row.getObject("campaign_id", UUID.class),
                            new CampaignProgress(row.getLong("total"), row.getLong("done")));
                });
        return progress;
    }

    /** The campaign's figures: its recipients by status joined to their messages' status, grouped once. */
    CampaignFigures figures(UUID campaignId) {
        long[] f = new long[8];
        MapSqlParameterSource campaign = new MapSqlParameterSource("campaign", campaignId);
        jdbc.query("""
                select r.status as recipient_status, n.status as message_status, count(*) as how_many,
                    count(n.delivered_at) as delivered, count(n.read_at) as read_count
                from campaign_recipient r left join notification n on n.id = r.notification_id
                where r.campaign_id = :campaign group by r.status, n.status""", campaign, row -> {
            long count = row.getLong("how_many");
            f[0] += count;
            switch (row.getString("recipient_status")) {
                case "PENDING" -> f[1] += count;
                case "SKIPPED" -> f[2] += count;
                default -> {
                    f[3] += count;
                    String message = row.getString("message_status");
                    if ("SENT".equals(message)) {
                        f[4] += count;
                    }
                    if ("FAILED".equals(message)) {
                        f[7] += count;
                    }
                    f[5] += row.getLong("delivered");
                    f[6] += row.getLong("read_count");
                }
            }
        });
        long replies = jdbc.queryForObject("select count(*) from campaign_reply where campaign_id = :campaign",
                campaign, Long.class);
        return new CampaignFigures(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], replies);
    }

    /** The campaign whose message the beneficiary was last released within the window, if any. */
    java.util.Optional<UUID> lastCampaignReleasedTo(UUID beneficiaryId, Instant since) {
        // Through the campaigns that may have released since: each is one seek on (campaign, beneficiary).
        return jdbc.query("""
                select r.campaign_id from campaign c join campaign_recipient r on r.campaign_id = c.id
                where c.started_at is not null and (c.finished_at is null or c.finished_at >= :since)
                    and r.beneficiary_id = :beneficiary and r.released_at >= :since
                order by r.released_at desc fetch first 1 rows only""",
                new MapSqlParameterSource("beneficiary", beneficiaryId).addValue("since", Timestamp.from(since)),
                (row, n) -> row.getObject("campaign_id", UUID.class)).stream().findFirst();
    }

    /** Records a reply once: the same contact again (a redelivered event) adds nothing. */
    boolean recordReply(UUID campaignId, UUID beneficiaryId, long interactionId, Instant at) {
        return jdbc.update("""
                insert into campaign_reply (campaign_id, beneficiary_id, interaction_id, received_at)
                select :campaign, :beneficiary, :interaction, :at from (values (1)) one
                where not exists (select 1 from campaign_reply where interaction_id = :interaction)""",
                new MapSqlParameterSource("campaign", campaignId).addValue("beneficiary", beneficiaryId)
                        .addValue("interaction", interactionId)
                        .addValue("at", Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)))) == 1;
    }

    /** The replies to a campaign, newest first, with the sender's name and the text from their timeline. */
    Page<CampaignReply> replies(UUID campaignId, Pageable pageable) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("campaign", campaignId)
                .addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<CampaignReply> content = jdbc.query("""
                select cr.beneficiary_id, b.full_name, cr.interaction_id, i.summary, cr.received_at
                from campaign_reply cr join beneficiary b on b.id = cr.beneficiary_id
                    left join interaction i on i.id = cr.interaction_id
                where cr.campaign_id = :campaign order by cr.received_at desc, cr.id desc
                offset :offset rows fetch next :limit rows only""", parameters, (row, n) -> new CampaignReply(
                row.getObject("beneficiary_id", UUID.class), row.getString("full_name"), row.getLong("interaction_id"),
                row.getString("summary"), row.getTimestamp("received_at").toInstant()));
        long total = jdbc.queryForObject("select count(*) from campaign_reply where campaign_id = :campaign",
                parameters, Long.class);
        return new PageImpl<>(content, pageable, total);
    }

    /** Records that the beneficiary wants no outreach on the channel; nothing changes when they said so before. */
    boolean optOut(UUID beneficiaryId, ContactChannel channel, String via, String actor, Instant at) {
        return jdbc.update("""
                insert into channel_opt_out (beneficiary_id, channel, opted_out_at, via, recorded_by)
                select :beneficiary, :channel, :at, :via, :actor from (values (1)) one
                where not exists (select 1 from channel_opt_out where beneficiary_id = :beneficiary and channel = :channel)""",
                new MapSqlParameterSource("beneficiary", beneficiaryId).addValue("channel", channel.name())
                        .addValue("at", Timestamp.from(at.truncatedTo(ChronoUnit.MICROS))).addValue("via", via)
                        .addValue("actor", actor)) == 1;
    }

    Set<ContactChannel> optOutsOf(UUID beneficiaryId) {
        Set<ContactChannel> channels = java.util.EnumSet.noneOf(ContactChannel.class);
        jdbc.query("select channel from channel_opt_out where beneficiary_id = :beneficiary",
                new MapSqlParameterSource("beneficiary", beneficiaryId),
                row -> {
                    channels.add(ContactChannel.valueOf(row.getString("channel")));
                });
        return channels;
    }
}
