package sa.silah.beneficiary;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import sa.silah.shared.ArabicText;

/**
 * Finds beneficiaries by what an officer types: a national ID or registration number, a mobile in any
 * accepted form, an email, or the beginnings of name parts in any Arabic spelling.
 *
 * <p>Name search matches every typed part against the beginning of some word of the normalised name. On
 * PostgreSQL that is a prefix query on a {@code simple} text-search vector with a GIN index; on H2 it is
 * the equivalent LIKE pair per part.
 */
@Component
class BeneficiarySearch {

    private final JdbcClient jdbc;
    private final boolean postgres;

    BeneficiarySearch(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        }
    }

    /** A page of matching ids, in display order. */
    Page<UUID> find(String query, Pageable pageable) {
        Criteria criteria = criteria(query == null ? "" : query.strip());
        String where = criteria.where().isEmpty() ? "" : " where " + criteria.where();
        Map<String, Object> parameters = new HashMap<>(criteria.parameters());
        parameters.put("limit", pageable.getPageSize());
        parameters.put("offset", pageable.getOffset());
        List<UUID> ids = jdbc.sql("select id from beneficiary" + where + " order by " + criteria.orderBy()
                        + " limit :limit offset :offset")
                .params(parameters)
                .query((rs, row) -> rs.getObject(1, UUID.class))
                .list();
        boolean lastPage = ids.size() < pageable.getPageSize() && (!ids.isEmpty() || pageable.getOffset() == 0);
        long total = lastPage
                ? pageable.getOffset() + ids.size()
                : jdbc.sql("select count(*) from beneficiary" + where).params(criteria.parameters())
                        .query(Long.class).single();
        return new PageImpl<>(ids, pageable, total);
    }

    private record Criteria(String where, Map<String, Object> parameters, String orderBy) {
    }

    private Criteria criteria(String query) {
        if (query.isEmpty()) {
            return new Criteria("", Map.of(), "created_at desc, id");
        }
        if (query.contains("@")) {
            return exact("email", query.toLowerCase(Locale.ROOT));
        }
        Optional<SaudiMobile> mobile = SaudiMobile.tryParse(query);
        if (mobile.isPresent()) {
            return exact("mobile", mobile.get().e164());
        }
        String digits = ArabicText.toAsciiDigits(query).replaceAll("[\\s-]", "");
        if (digits.matches("\\d+")) {
            return new Criteria("national_id = :number or registration_number = :number", Map.of("number", digits),
                    "search_name, id");
        }
        List<String> tokens = ArabicText.tokens(query);
        if (tokens.isEmpty()) {
            return new Criteria("1 = 0", Map.of(), "id");
        }
        return postgres ? textSearch(tokens) : likeSearch(tokens);
    }

    private static Criteria exact(String column, String value) {
        return new Criteria(column + " = :value", Map.of("value", value), "search_name, id");
    }

    private static Criteria textSearch(List<String> tokens) {
        String prefixQuery = tokens.stream().map(token -> token + ":*").collect(Collectors.joining(" & "));
        return new Criteria("to_tsvector('simple', search_name) @@ to_tsquery('simple', :words)",
                Map.of("words", prefixQuery), "search_name, id");
    }

    private static Criteria likeSearch(List<String> tokens) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            conditions.add("(search_name like :first" + i + " or search_name like :inner" + i + ")");
            parameters.put("first" + i, tokens.get(i) + "%");
            parameters.put("inner" + i, "% " + tokens.get(i) + "%");
        }
        return new Criteria(String.join(" and ", conditions), parameters, "search_name, id");
    }
}
