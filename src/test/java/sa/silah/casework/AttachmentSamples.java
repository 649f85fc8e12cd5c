package sa.silah.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny files of each kind, made here rather than kept as binaries, so that each test shows what it feeds in. */
final class AttachmentSamples {

    private AttachmentSamples() {
    }

    static byte[] pdf() {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    static byte[] png() {
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 }, ascii("IHDR"));
    }

    static byte[] jpeg() {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
    }

    static byte[] gif() {
        return concat(ascii("GIF89a"), new byte[] { 1, 0, 1, 0, 0, 0, 0, ';' });
    }

    static byte[] webp() {
        return concat(ascii("RIFF"), new byte[] { 26, 0, 0, 0 }, ascii("WEBPVP8 "), new byte[10]);
    }

    static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml");
    }

    static byte[] xlsx() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** A Word document with macros (what Word saves as .docm), renamed .docx. */
    static byte[] docxWithMacros() throws IOException {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin");
    }

    static byte[] zipOfOtherFiles() throws IOException {
        return zip("readme.txt", "setup.exe");
    }

    static byte[] doc() {
        return ole2("WordDocument", "1Table");
    }

    static byte[] xls() {
        return ole2("Workbook");
    }

    static byte[] docWithMacros() {
        return ole2("WordDocument", "1Table", "+Macros");
    }

    /** An OLE2 compound file that is neither a Word nor an Excel file, as an MSI installer is. */
    static byte[] ole2Installer() {
        return ole2("SummaryInformation", "+Binary.Setup");
    }

    static byte[] windowsProgram() {
        return concat(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }, ascii("This program cannot be run in DOS mode."));
    }

    static byte[] html() {
        return ascii("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    }

    static byte[] svg() {
        return ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(ascii("<?xml version=\"1.0\"?><part/>"));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A minimal compound file: the 512-byte header with the OLE2 signature, then one directory sector with
     * the root entry and the named entries; a name starting with + is a storage, any other a stream.
     */
    private static byte[] ole2(String... names) {
        ByteBuffer file = ByteBuffer.allocate(512 + 512).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
        file.putShort(0x1A, (short) 3).putShort(0x1C, (short) 0xFFFE).putShort(0x1E, (short) 9);
        directoryEntry(file, 512, "Root Entry", 5);
        for (int i = 0; i < names.length && i < 3; i++) {
            boolean storage = names[i].startsWith("+");
            directoryEntry(file, 512 + 128 * (i + 1), storage ? names[i].substring(1) : names[i], storage ? 1 : 2);
        }
        return file.array();
    }

    private static void directoryEntry(ByteBuffer file, int offset, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        file.put(offset, utf16);
        file.putShort(offset + 64, (short) (utf16.length + 2));
        file.put(offset + 66, (byte) type);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }
}
