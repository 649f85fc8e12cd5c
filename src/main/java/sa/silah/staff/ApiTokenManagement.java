package sa.silah.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.CurrentActor;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Issues, revokes and checks API tokens. A token is 256 random bits; it acts with the roles of the staff
 * account it was issued for, and stops working when revoked or when that account is disabled.
 */
@Service
@Transactional
public class ApiTokenManagement {

    static final String PREFIX = "slh_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final StaffUsers users;

    ApiTokenManagement(ApiTokens tokens, StaffUsers users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The token's plain text, to be shown once to the administrator who issued it. */
    public record IssuedToken(ApiToken token, String plainText) {
    }

    public IssuedToken issue(String name, String username) {
        var problems = new ArrayList<FieldProblem>();
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add(new FieldProblem("name", "token.name.required"));
        }
        Optional<StaffUser> user = username == null ? Optional.empty() : users.findByUsername(username);
        if (user.isEmpty()) {
            problems.add(new FieldProblem("username", "token.username.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = tokens.save(new ApiToken(name.strip(), hash(plain), plain.substring(0, PREFIX.length() + 6),
                user.get().getId(), CurrentActor.name()));
        return new IssuedToken(token, plain);
    }

    public void revoke(long id) {
        tokens.findById(id).orElseThrow(() -> new RecordNotFoundException("api token", id)).revoke();
    }

    /** The account a presented token acts for, if the token is known, not revoked and its account usable. */
    public Optional<StaffUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(hash(presented))
                .filter(token -> !token.isRevoked())
                .flatMap(token -> {
                    token.markUsed(now);
                    return users.findById(token.getStaffUserId());
                })
                .filter(user -> user.isEnabled() && !user.isLockedAt(now));
    }

    @Transactional(readOnly = true)
    public Page<ApiToken> list(Pageable pageable) {
        return tokens.findAllByOrderByCreatedAtDesc(pageable);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> usernamesOf(List<ApiToken> list) {
        var ids = list.stream().map(ApiToken::getStaffUserId).distinct().toList();
        return users.findAllById(ids).stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getUsername));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
