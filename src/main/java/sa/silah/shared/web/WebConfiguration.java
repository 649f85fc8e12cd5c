package sa.silah.shared.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Arabic first: every page is Arabic and right-to-left unless the reader switched to English with
 * {@code ?lang=en}, which a cookie remembers; a browser set to English does not change that, since many
 * office computers in Saudi Arabia are. API clients that ask for English in Accept-Language get it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Arabic with Latin digits, matching how IDs, mobiles and dates are written in Saudi services. */
    static final Locale ARABIC = Locale.forLanguageTag("ar-SA-u-nu-latn");

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Only Arabic and English exist; anything else falls back to Arabic. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("silah-lang");
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, supported(locale));
        }

        private static Locale fromAcceptLanguage(HttpServletRequest request) {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api && request.getHeader("Accept-Language") != null ? supported(request.getLocale()) : ARABIC;
        }

        private static Locale supported(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : ARABIC;
        }
    }
}
