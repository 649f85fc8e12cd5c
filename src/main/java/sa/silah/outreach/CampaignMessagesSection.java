package sa.silah.outreach;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import sa.silah.beneficiary.ContactChannel;
import sa.silah.notification.MessageStatus;
import sa.silah.privacy.PersonalDataSection;

/**
 * The campaign messages released to a beneficiary, as a section of their copy of their data: which campaign, when, on
 * which channel, the text and what became of it. The messages about their requests are notification's section.
 */
@Component
class CampaignMessagesSection implements PersonalDataSection {

    private static final String RELEASED_TO = """
            select c.name, r.channel, r.released_at, n.body, n.status
            from campaign_recipient r
            join campaign c on c.id = r.campaign_id
            left join notification n on n.id = r.notification_id
            where r.beneficiary_id = :beneficiary and r.status = 'RELEASED'
            order by r.released_at desc""";

    private final NamedParameterJdbcTemplate jdbc;

    CampaignMessagesSection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "campaignMessages";
    }

    @Override
    public List<Map<String, Object>> of(UUID beneficiaryId, List<String> references) {
        return jdbc.query(RELEASED_TO, new MapSqlParameterSource("beneficiary", beneficiaryId), (row, n) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            Timestamp released = row.getTimestamp("released_at");
            item.put("at", released == null ? null : released.toInstant());
            item.put("subject", row.getString("name"));
            item.put("channel", ContactChannel.valueOf(row.getString("channel")));
            item.put("text", row.getString("body"));
            String status = row.getString("status");
            item.put("status", status == null ? null : MessageStatus.valueOf(status));
            return item;
        });
    }
}
