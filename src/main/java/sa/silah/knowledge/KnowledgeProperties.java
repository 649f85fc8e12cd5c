package sa.silah.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the library's files are kept and how large one may be.
 *
 * @param directory where uploaded documents are stored, outside the database
 * @param maxFileSize the largest document accepted
 */
@ConfigurationProperties("silah.knowledge")
public record KnowledgeProperties(@DefaultValue("./data/knowledge") String directory,
        @DefaultValue("10MB") DataSize maxFileSize) {
}
