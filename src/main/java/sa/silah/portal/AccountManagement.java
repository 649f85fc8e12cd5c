package sa.silah.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import sa.silah.beneficiary.Beneficiary;
import sa.silah.beneficiary.BeneficiaryDetails;
import sa.silah.beneficiary.BeneficiaryRegistry;
import sa.silah.beneficiary.BeneficiaryType;
import sa.silah.beneficiary.ConsentPurpose;
import sa.silah.beneficiary.SaudiMobile;
import sa.silah.shared.Channel;
import sa.silah.shared.DuplicateRecordException;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;
import sa.silah.shared.RecordNotFoundException;

/**
 * The portal accounts of beneficiaries: who a verified mobile signs in as, claiming an existing record,
 * registering a new one, ending every session, and the contact details and consents a beneficiary keeps
 * themselves. Changes to the record go through {@link BeneficiaryRegistry}, so they are audited like an officer's.
 */
@Service
@Transactional
public class AccountManagement {

    /** Who the registry records as the author of a self-registration, made before anyone is signed in. */
    static final String SELF_REGISTRATION = "portal";

    private final PortalAccounts accounts;
    private final BeneficiaryRegistry registry;
    private final Clock clock;

    AccountManagement(PortalAccounts accounts, BeneficiaryRegistry registry, Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * The account a verified mobile signs in to without more questions: exactly one account uses it and its
     * record still has it on file. Empty when the person must claim or register first.
     */
    public Optional<PortalBeneficiary> signInWith(SaudiMobile mobile) {
        List<PortalAccount> current = accounts.findTop2ByMobile(mobile.e164()).stream()
                .filter(account -> registry.find(account.getBeneficiaryId())
                        .map(beneficiary -> mobile.e164().equals(beneficiary.getMobile())).orElse(false))
                .toList();
        return current.size() == 1 ? Optional.of(signedIn(current.get(0).getBeneficiaryId(), mobile)) : Optional.empty();
    }

    /** Claims the record with this mobile on file and this national ID or registration number; empty if none. */
    public Optional<PortalBeneficiary> claim(SaudiMobile mobile, String identifier) {
        return registry.findClaimable(mobile, identifier).map(beneficiary -> signedIn(beneficiary.getId(), mobile));
    }

    /**
     * Registers a new record for a verified mobile with consent to processing for service delivery, and opens its
     * account.
     *
     * @throws InvalidFieldsException with every problem, on the fields of {@link AccountRegistration}
     */
    public PortalBeneficiary register(SaudiMobile mobile, AccountRegistration registration) {
        boolean organisation = registration.type() == BeneficiaryType.ORGANIZATION;
        var details = new BeneficiaryDetails(registration.type(), registration.fullName(), null,
                organisation ? null : registration.identifier(), null, null, null, registration.city(),
                registration.organizationType(), organisation ? registration.identifier() : null, null,
                mobile.national(), registration.email(), null,
                blank(registration.segment()) ? List.of() : List.of(registration.segment()), null, null);
        List<FieldProblem> problems = new ArrayList<>();
        if (!registration.consent()) {
            problems.add(new FieldProblem("consent", "portal.consent.required"));
        }
        if (blank(registration.identifier())) {
            problems.add(new FieldProblem("identifier", "portal.identifier.required"));
        }
        Beneficiary registered;
        try {
            registered = asSelfRegistration(() -> registry.register(details));
        }
        catch (InvalidFieldsException invalid) {
            invalid.problems().stream().map(AccountManagement::onRegistrationForm)
                    .filter(problem -> problems.stream().noneMatch(known -> known.field().equals(problem.field())))
                    .forEach(problems::add);
            throw new InvalidFieldsException(problems);
        }
        catch (DuplicateRecordException duplicate) {
            problems.add(new FieldProblem("identifier", "portal.identifier.registered"));
            throw new InvalidFieldsException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        asSelfRegistration(() -> registry.recordConsent(registered.getId(), ConsentPurpose.SERVICE_DELIVERY,
                Channel.WEBSITE));
        return signedIn(registered.getId(), mobile);
    }

    /** Ends every session of the beneficiary, on every device, this one included. */
    public void endAllSessions(UUID beneficiaryId) {
        accounts.findById(beneficiaryId).ifPresent(account -> account.endAllSessions(clock.instant()));
    }

    /** Whether a session that began at this instant may still be used. */
    @Transactional(readOnly = true)
    public boolean acceptsSession(UUID beneficiaryId, Instant signedInAt) {
        return accounts.findById(beneficiaryId).map(account -> account.acceptsSessionFrom(signedInAt)).orElse(false);
    }

    /** The signed-in beneficiary's record, to show them. */
    @Transactional(readOnly = true)
    public Beneficiary recordOf(UUID beneficiaryId) {
        return registry.find(beneficiaryId).orElseThrow(() -> new RecordNotFoundException("beneficiary", beneficiaryId));
    }

    /** Changes email, preferred channel, message language and opt-outs; the rest of the record stays. */
    public void changeContact(UUID beneficiaryId, AccountContact contact) {
        BeneficiaryDetails now = registry.detailsOf(beneficiaryId);
        registry.update(beneficiaryId, new BeneficiaryDetails(now.type(), now.fullName(), now.latinName(),
                now.nationalId(), now.gender(), now.birthDate(), now.nationality(), now.city(), now.organizationType(),
                now.registrationNumber(), now.contactPerson(), now.mobile(), contact.email(), contact.preferredChannel(),
                now.segments(), contact.language(), contact.optOuts()));
    }

    /** Where the beneficiary stands on each purpose, in the order of {@link ConsentPurpose}. */
    @Transactional(readOnly = true)
    public List<ConsentStanding> consentsOf(UUID beneficiaryId) {
        Beneficiary beneficiary = recordOf(beneficiaryId);
        return Arrays.stream(ConsentPurpose.values()).map(purpose -> new ConsentStanding(purpose,
                beneficiary.mayProcessFor(purpose), beneficiary.latestConsent(purpose).orElse(null))).toList();
    }

    /** The beneficiary gives their consent to a purpose on the portal, under the privacy notice in force. */
    public void giveConsent(UUID beneficiaryId, ConsentPurpose purpose) {
        registry.recordConsent(beneficiaryId, purpose, Channel.WEBSITE);
    }

    /** The beneficiary withdraws their consent to a purpose on the portal, or objects to it: processing stops. */
    public void withdrawConsent(UUID beneficiaryId, ConsentPurpose purpose) {
        registry.withdrawConsent(beneficiaryId, purpose, Channel.WEBSITE);
    }

    /** Puts a mobile whose code the beneficiary typed on file, and signs in with it from now on. */
    public void changeMobile(UUID beneficiaryId, SaudiMobile mobile) {
        BeneficiaryDetails now = registry.detailsOf(beneficiaryId);
        registry.update(beneficiaryId, new BeneficiaryDetails(now.type(), now.fullName(), now.latinName(),
                now.nationalId(), now.gender(), now.birthDate(), now.nationality(), now.city(), now.organizationType(),
                now.registrationNumber(), now.contactPerson(), mobile.national(), now.email(), now.preferredChannel(),
                now.segments(), now.language(), now.optOuts()));
        accounts.findById(beneficiaryId).ifPresent(account -> account.mobileChanged(mobile.e164()));
    }

    private PortalBeneficiary signedIn(UUID beneficiaryId, SaudiMobile mobile) {
        Instant now = clock.instant();
        PortalAccount account = accounts.findById(beneficiaryId)
                .orElseGet(() -> accounts.save(PortalAccount.open(beneficiaryId, mobile.e164(), now)));
        account.signedIn(mobile.e164(), now);
        return new PortalBeneficiary(beneficiaryId, mobile.e164());
    }

    /** The registry's field names for the identifier are one field on the registration form. */
    private static FieldProblem onRegistrationForm(FieldProblem problem) {
        return switch (problem.field()) {
            case "nationalId", "registrationNumber" -> new FieldProblem("identifier", problem.messageKey());
            case "segments" -> new FieldProblem("segment", problem.messageKey());
            default -> problem;
        };
    }

    /**
     * The registry records the signed-in account as the author of a change; a person registering themselves is
     * not signed in yet, so the change is recorded as made through the portal.
     */
    private static <T> T asSelfRegistration(Supplier<T> change) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext portal = SecurityContextHolder.createEmptyContext();
        portal.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SELF_REGISTRATION, null, List.of()));
        SecurityContextHolder.setContext(portal);
        try {
            return change.get();
        }
        finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
