package sa.silah.casework;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The kinds of file a request may carry, recognised from their content, never from their name: a file
 * called {@code .pdf} that starts like a program is refused. Office documents with macros are refused too,
 * since macros are how such documents carry malware.
 */
enum AttachmentType {

    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] GIF87_MAGIC = ascii("GIF87a");
    private static final byte[] GIF89_MAGIC = ascii("GIF89a");
    private static final byte[] RIFF_MAGIC = ascii("RIFF");
    private static final byte[] WEBP_MAGIC = ascii("WEBP");
    private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1 };

    /** Real documents hold tens of parts, large workbooks a few thousand; more is not an office document. */
    private static final int MAX_ZIP_ENTRIES = 10_000;
    private static final int OLE2_HEADER_SIZE = 512;
    private static final int OLE2_DIRECTORY_ENTRY_SIZE = 128;
    private static final Set<String> OLE2_MACRO_STORAGES = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA");

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    String extension() {
        return extension;
    }

    /** The type of the file's content, or empty when it is not one that requests accept. */
    static Optional<AttachmentType> detect(Path file) throws IOException {
        byte[] head = new byte[16];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        head = Arrays.copyOf(head, length);
        if (startsWith(head, 0, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, GIF87_MAGIC) || startsWith(head, 0, GIF89_MAGIC)) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, RIFF_MAGIC) && startsWith(head, 8, WEBP_MAGIC)) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, ZIP_MAGIC)) {
            return officeOpenXml(file);
        }
        if (startsWith(head, 0, OLE2_MAGIC)) {
            return legacyOffice(file);
        }
        return Optional.empty();
    }

    /**
     * DOCX and XLSX are ZIP packages. Only the central directory's entry names are read, nothing is
     * inflated, so a zip bomb costs no more than its own size.
     */
    private static Optional<AttachmentType> officeOpenXml(Path file) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ZIP_ENTRIES) {
                return Optional.empty();
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.endsWith("vbaProject.bin")) {
                    return Optional.empty();
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
            }
        }
        catch (ZipException notAZip) {
            return Optional.empty();
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }

    /**
     * DOC and XLS are OLE2 compound files, as are installers (MSI) and mail files: only a file whose
     * directory holds Word's or Excel's main stream, and no macro storage, is accepted. Directory entries
     * always start on a 128-byte boundary after the header, so scanning those slots finds them without
     * following the file allocation table.
     */
    private static Optional<AttachmentType> legacyOffice(Path file) throws IOException {
        boolean word = false;
        boolean excel = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            byte[] entry = new byte[OLE2_DIRECTORY_ENTRY_SIZE];
            in.readNBytes(new byte[OLE2_HEADER_SIZE], 0, OLE2_HEADER_SIZE);
            while (in.readNBytes(entry, 0, entry.length) == entry.length) {
                String name = directoryEntryName(entry);
                if (name == null) {
                    continue;
                }
                boolean stream = entry[66] == 2;
                boolean storage = entry[66] == 1;
                if (storage && OLE2_MACRO_STORAGES.contains(name)) {
                    return Optional.empty();
                }
                word |= stream && name.equals("WordDocument");
                excel |= stream && (name.equals("Workbook") || name.equals("Book"));
            }
        }
        if (word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOC : XLS);
    }

    /** The name of a storage or stream entry: UTF-16LE, NUL-terminated, its byte length (NUL included) at 64. */
    private static String directoryEntryName(byte[] entry) {
        int length = (entry[64] & 0xFF) | (entry[65] & 0xFF) << 8;
        if (length < 4 || length > 64 || length % 2 != 0 || entry[length - 2] != 0 || entry[length - 1] != 0
                || (entry[66] != 1 && entry[66] != 2)) {
            return null;
        }
        return new String(entry, 0, length - 2, StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
