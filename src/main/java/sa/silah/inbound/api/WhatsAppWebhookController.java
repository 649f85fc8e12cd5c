package sa.silah.inbound.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import sa.silah.inbound.InboundMessages;
import sa.silah.inbound.WhatsAppProperties;
import sa.silah.shared.ApiController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp Cloud API webhook. No staff account calls it: the subscription handshake is authenticated by the verify
 * token and every delivery by its signature over the raw body, checked before the body is even parsed. A delivery
 * with a wrong, missing or malformed signature is refused with 401 and stores nothing; without an app secret the
 * webhook answers 503, so that Meta keeps the deliveries and retries them once Silah is configured.
 */
@ApiController("/webhooks/whatsapp")
class WhatsAppWebhookController {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);

    private final WhatsAppProperties properties;
    private final WhatsAppSignature signature;
    private final InboundMessages inbound;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Clock clock;
    private final AtomicBoolean reportedUnconfigured = new AtomicBoolean();

    WhatsAppWebhookController(WhatsAppProperties properties, InboundMessages inbound, JsonMapper json,
            MessageSource messages, Clock clock) {
        this.properties = properties;
        this.signature = properties.signed() ? new WhatsAppSignature(properties.appSecret()) : null;
        this.inbound = inbound;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** Meta's subscription handshake: the challenge echoed back proves that whoever subscribed knows the token. */
    @GetMapping
    ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        if (!"subscribe".equals(mode) || challenge == null || !properties.verifiable() || token == null
                || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                        properties.verifyToken().getBytes(StandardCharsets.UTF_8))) {
            return problem(HttpStatus.FORBIDDEN, "whatsapp.problem.verification");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    @PostMapping
    ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
            @RequestHeader(name = SIGNATURE_HEADER, required = false) String signed) {
        if (signature == null) {
            if (reportedUnconfigured.compareAndSet(false, true)) {
                log.warn("A WhatsApp webhook delivery was refused: SILAH_WHATSAPP_APP_SECRET is not set");
            }
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "whatsapp.problem.notConfigured");
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.matches(raw, signed)) {
            return problem(HttpStatus.UNAUTHORIZED, "whatsapp.problem.signature");
        }
        WhatsAppPayload payload;
        try {
            payload = WhatsAppPayload.of(json.readTree(raw), clock.instant());
        }
        catch (JacksonException unreadable) {
            return problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
        }
        payload.messages().forEach(inbound::receive);
        payload.statuses().forEach(inbound::statusReceived);
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
        problem.setInstance(URI.create("/webhooks/whatsapp"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
