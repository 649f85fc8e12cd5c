package sa.silah.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the letters' scans are kept and how large one may be.
 *
 * @param directory where scans are stored, outside the database
 * @param maxScanSize the largest scan accepted
 */
@ConfigurationProperties("silah.letters")
public record LettersProperties(@DefaultValue("./data/letters") String directory,
        @DefaultValue("10MB") DataSize maxScanSize) {
}
