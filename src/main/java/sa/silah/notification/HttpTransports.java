package sa.silah.notification;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** What the HTTP gateways share: a client with timeouts, and provider errors turned into delivery failures. */
final class HttpTransports {

    private static final int MAX_PROVIDER_TEXT = 500;

    private HttpTransports() {
    }

    static RestClient client(String baseUrl) {
        // HTTP/1.1: every gateway speaks it, and the JDK client's cleartext HTTP/2 upgrade loses bodies on some servers.
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(20));
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }

    /** Calls the provider; a 4xx other than 429 is this message's fault and is not retried. */
    static <T> T call(String provider, Supplier<T> exchange) {
        try {
            return exchange.get();
        }
        catch (RestClientResponseException refused) {
            HttpStatusCode status = refused.getStatusCode();
            boolean permanent = status.is4xxClientError() && status.value() != 429;
            throw new DeliveryFailedException(provider + " answered " + status.value() + ": "
                    + shortened(refused.getResponseBodyAsString()), permanent, refused);
        }
        catch (ResourceAccessException unreachable) {
            throw new DeliveryFailedException(provider + " unreachable: " + unreachable.getMostSpecificCause().getClass()
                    .getSimpleName(), false, unreachable);
        }
    }

    static String shortened(String text) {
        return text == null ? "" : text.length() > MAX_PROVIDER_TEXT ? text.substring(0, MAX_PROVIDER_TEXT) : text;
    }

    /** Gateways want the international number without its plus sign. */
    static String withoutPlus(String e164) {
        return e164.startsWith("+") ? e164.substring(1) : e164;
    }
}
