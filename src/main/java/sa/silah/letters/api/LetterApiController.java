package sa.silah.letters.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import sa.silah.letters.LetterDirection;
import sa.silah.letters.LetterQuery;
import sa.silah.letters.LetterRegister;
import sa.silah.letters.NewLetter;
import sa.silah.shared.ApiController;
import sa.silah.shared.ApiPage;
import sa.silah.shared.Dates;
import sa.silah.shared.FieldProblem;
import sa.silah.shared.InvalidFieldsException;

/** The letters register for other systems: register (idempotently), read, list, attach a scan, download. */
@ApiController("/api/v1/letters")
@Tag(name = "Letters", description = "The letters register (الخطابات): incoming and outgoing letters numbered per Hijri year")
class LetterApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final LetterRegister register;
    private final Dates dates;

    LetterApiController(LetterRegister register, Dates dates) {
        this.register = register;
        this.dates = dates;
    }

    @PostMapping
    @Operation(summary = "Register a letter", description = "201 with the letter's number (IN-1448-0001, "
            + "OUT-1448-0001), allocated per direction and Hijri year. A letter linked to a beneficiary or a request "
            + "(by referenceNumber, of the same beneficiary) goes on their timeline. With an Idempotency-Key header "
            + "a retry answers the first letter; the same key with a different body is 422.")
    ResponseEntity<LetterResponse> register(@RequestBody NewLetter draft,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Principal principal) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw new InvalidFieldsException(List.of(new FieldProblem("Idempotency-Key", "letter.idempotencyKey.invalid")));
        }
        LetterRegister.Registration registration = register.register(draft, null, principal.getName(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/letters/" + registration.letter().getNumber()))
                .header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(LetterResponse.of(registration.letter(), dates));
    }

    @GetMapping("/{number}")
    @Operation(summary = "Read a letter")
    LetterResponse get(@PathVariable String number) {
        return LetterResponse.of(register.find(number), dates);
    }

    @GetMapping
    @Operation(summary = "List the register, newest first", description = "Filters: direction (INCOMING, OUTGOING), "
            + "year (Hijri year of the number), q (text in the number, subject or correspondent, Arabic-normalised), "
            + "beneficiaryId")
    ApiPage<LetterResponse> list(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID beneficiaryId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("number")));
        return ApiPage.of(register.list(new LetterQuery(direction, year, q, beneficiaryId), pageable),
                letter -> LetterResponse.of(letter, dates));
    }

    @GetMapping("/{number}/pdf")
    @Operation(summary = "Download an outgoing letter as PDF", description = "404 for an incoming letter")
    ResponseEntity<Resource> pdf(@PathVariable String number) {
        return register.printed(number).toResponseEntity();
    }

    @PostMapping(path = "/{number}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the scan of the paper letter", description = "Multipart, the file in the part "
            + "'file': PDF, PNG or JPEG, recognised from the content, at most silah.letters.max-scan-size. A letter "
            + "keeps its first scan; 400 naming 'file' otherwise.")
    ResponseEntity<LetterResponse> attachScan(@PathVariable String number,
            @RequestPart(name = "file", required = false) MultipartFile file, Principal principal) throws IOException {
        try (InputStream content = file == null ? null : file.getInputStream()) {
            var letter = register.attachScan(number, content, principal.getName());
            return ResponseEntity.created(URI.create("/api/v1/letters/" + letter.getNumber() + "/file"))
                    .body(LetterResponse.of(letter, dates));
        }
    }

    @GetMapping("/{number}/file")
    @Operation(summary = "Download the scan", description = "Always as a download named after the letter's number")
    ResponseEntity<Resource> scan(@PathVariable String number) {
        return register.openScan(number).toResponseEntity();
    }
}
