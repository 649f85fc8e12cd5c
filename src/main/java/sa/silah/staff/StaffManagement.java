package sa.silah.staff;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.shared.EmailAddress;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidValueException;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * Creates and maintains staff accounts. Passwords are only ever stored as bcrypt hashes.
 */
@Service
@Transactional
public class StaffManagement {

    /** Long enough to resist guessing, short enough to type once and change. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffUsers users;
    private final PasswordEncoder passwordEncoder;

    StaffManagement(StaffUsers users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    public StaffUser create(StaffAccount account, String password) {
        List<FieldProblem> problems = validate(account);
        if (account.username() == null || !account.username().matches("[a-z0-9._-]{3,60}")) {
            problems.add(new FieldProblem("username", "staff.username.invalid"));
        }
        else if (users.existsByUsername(account.username())) {
            problems.add(new FieldProblem("username", "staff.username.taken"));
        }
        problems.addAll(passwordProblems("password", password));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return users.save(new StaffUser(account.username(), account.displayName().strip(), blankToNull(account.email()),
                account.departmentId(), account.roles(), passwordEncoder.encode(password)));
    }

    public StaffUser update(long id, StaffAccount account) {
        List<FieldProblem> problems = validate(account);
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        StaffUser user = get(id);
        user.update(account.displayName().strip(), blankToNull(account.email()), account.departmentId(), account.roles());
        return user;
    }

    public void setEnabled(long id, boolean enabled) {
        get(id).setEnabled(enabled);
    }

    /** An administrator's reset: the account gets a new random password, returned once to be handed over. */
    public String resetPassword(long id) {
        String password = randomPassword();
        get(id).changePassword(passwordEncoder.encode(password));
        return password;
    }

    /** A signed-in member of staff changes their own password, proving they know the current one. */
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        StaffUser user = findByUsername(username).orElseThrow(() -> new RecordNotFoundException("staff user", username));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            problems.add(new FieldProblem("currentPassword", "account.password.currentWrong"));
        }
        problems.addAll(passwordProblems("newPassword", newPassword));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        user.changePassword(passwordEncoder.encode(newPassword));
    }

    public void recordFailedLogin(String username) {
        users.findByUsername(username).ifPresent(user -> user.recordFailedLogin(Instant.now()));
    }

    public void recordSuccessfulLogin(String username) {
        users.findByUsername(username)
                .filter(user -> user.getFailedLogins() > 0 || user.getLockedUntil() != null)
                .ifPresent(StaffUser::recordSuccessfulLogin);
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public StaffUser get(long id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("staff user", id));
    }

    @Transactional(readOnly = true)
    public Page<StaffUser> list(Pageable pageable) {
        return users.findAllByOrderByUsernameAsc(pageable);
    }

    /** The usernames of every enabled account: everyone a circulated policy is addressed to. */
    @Transactional(readOnly = true)
    public List<String> enabledUsernames() {
        return users.findByEnabledTrueOrderByUsernameAsc().stream().map(StaffUser::getUsername).toList();
    }

    /** The enabled accounts of a department holding the role, e.g. its managers. */
    @Transactional(readOnly = true)
    public List<StaffUser> inDepartment(Long departmentId, Role role) {
        return users.findByDepartmentIdAndEnabledTrueOrderByUsernameAsc(departmentId).stream()
                .filter(user -> user.hasRole(role)).toList();
    }

    /** The display names of these accounts, by username, in one query; an unknown username is left out. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(StaffUser::getUsername, StaffUser::getDisplayName));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    public static String randomPassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static List<FieldProblem> validate(StaffAccount account) {
        List<FieldProblem> problems = new ArrayList<>();
        if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 200) {
            problems.add(new FieldProblem("displayName", "staff.displayName.required"));
        }
        if (account.email() != null && !account.email().isBlank()) {
            try {
                EmailAddress.parse(account.email());
            }
            catch (InvalidValueException invalid) {
                problems.add(new FieldProblem("email", invalid.messageKey()));
            }
        }
        if (account.roles().isEmpty()) {
            problems.add(new FieldProblem("roles", "staff.roles.required"));
        }
        return problems;
    }

    private static List<FieldProblem> passwordProblems(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 72) {
            return List.of(new FieldProblem(field, "account.password.tooShort"));
        }
        return List.of();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
